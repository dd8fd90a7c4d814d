import __static__

continue  # error: 'continue' outside loop
