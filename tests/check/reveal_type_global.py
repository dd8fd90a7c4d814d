import __static__

G: int = 1
reveal_type(G)  # error: reveal_type(G): 'int'
