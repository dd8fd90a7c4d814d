import __static__
from __static__ import int64, box


def word_freq(text: str) -> dict:
    counts: dict = {}
    for w in text.lower().split():
        w = w.strip(".,!?;:")
        if not w:
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts


def caesar(s: str, k: int) -> str:
    out: list = []
    for ch in s:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def is_pal(s: str) -> bool:
    t = "".join([c for c in s.lower() if c.isalnum()])
    return t == t[::-1]


text = "The quick brown fox. The lazy dog! The end, the END?"
freq = word_freq(text)
for w in sorted(freq.items()):
    print(w)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
s = "  padded\tstring  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("a,b,,c".split(","), "a b  c".split(), "x=1=2".partition("="), "x=1=2".rpartition("="))
print("hello".replace("l", "L"), "hello".find("l"), "hello".rfind("l"), "hello".index("e"))
print("abc".upper(), "ABC".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("-".join(["a", "b", "c"]), "ab" * 3, "abc"[1:], "abcdef"[::2], "abc" < "abd")
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "42".zfill(5), "x".center(7, "*"))
print("%s=%d (%.2f) %5s|%-5s|%x" % ("n", 42, 3.14159, "r", "l", 255))
print("{} and {:>6} and {:08.3f} and {!r}".format("a", "b", 2.5, "c"))
print(str(123), int("-45"), float("1.5e3"), repr("q'uote"), ascii("é"))
print(len("héllo"), "é".encode("utf-8"), b"abc".decode())
print("line1\nline2\nline3".splitlines(), "ß".upper(), "a\tb".expandtabs(4))
print(" ".join(reversed("one two three".split())), sorted("banana"), "banana".count("an"))
