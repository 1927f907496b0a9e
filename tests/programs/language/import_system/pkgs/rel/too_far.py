from .... import anything
