import __static__

return 1  # error: 'return' outside function
