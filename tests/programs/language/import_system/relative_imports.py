from pkgs.rel import top
print(top.chain())
from pkgs.rel.sub import leaf
print(leaf.WHO, leaf.parent_name())
