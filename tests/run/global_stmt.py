# The global statement: functions rebinding module globals.
import __static__

counter: int = 0
log = []


def bump(by: int = 1) -> int:
    global counter
    counter += by
    return counter


def reset() -> None:
    global counter, log
    counter = 0
    log = ["reset"]


def main() -> None:
    bump()
    bump(5)
    print(counter, bump(10))
    log.append("x")
    print(log)
    reset()
    print(counter, log)


main()
print(counter)
