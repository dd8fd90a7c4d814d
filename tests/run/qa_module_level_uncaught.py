import __static__

totals = {}
for word in "a b c a b a".split():
    totals[word] = totals.get(word, 0) + 1
print(sorted(totals.items()))
keys = ["a", "z"]
for k in keys:
    print(k, totals[k])
