def use():
    global not_yet_defined
    return not_yet_defined + 1

use()
