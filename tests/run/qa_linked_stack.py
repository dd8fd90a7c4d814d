import __static__
from __static__ import int64, box
from typing import Optional


class Node:
    def __init__(self, val: object, nxt: "Optional[Node]") -> None:
        self.val = val
        self.nxt = nxt


class Stack:
    def __init__(self) -> None:
        self.top: Optional[Node] = None
        self.n: int64 = 0

    def push(self, v: object) -> None:
        self.top = Node(v, self.top)
        self.n += 1

    def pop(self) -> object:
        t = self.top
        if t is None:
            raise IndexError("pop from empty stack")
        self.top = t.nxt
        self.n -= 1
        return t.val

    def __len__(self) -> int:
        return box(self.n)

    def __iter__(self):
        out = []
        cur = self.top
        while cur is not None:
            out.append(cur.val)
            cur = cur.nxt
        return iter(out)


def balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if len(st) == 0 or st.pop() != pairs[ch]:
                return False
    return len(st) == 0


def rpn(expr: str) -> object:
    st = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b = st.pop()
            a = st.pop()
            if tok == "+":
                st.push(a + b)
            elif tok == "-":
                st.push(a - b)
            elif tok == "*":
                st.push(a * b)
            else:
                st.push(a / b)
        else:
            st.push(int(tok))
    return st.pop()


s = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), list(s), s.pop(), len(s))
print([balanced(x) for x in ["()[]{}", "([)]", "((", "", "{[()()]}"]])
print(rpn("3 4 + 2 *"), rpn("10 3 /"), rpn("2 3 4 * -"))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
