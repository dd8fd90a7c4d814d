import __static__

x = 1
return x  # error: 'return' outside function
