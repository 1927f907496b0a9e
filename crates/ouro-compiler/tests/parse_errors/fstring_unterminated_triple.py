x = f'''abc

