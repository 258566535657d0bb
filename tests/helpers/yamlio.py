"""YAML read and written in tests with ruamel.yaml, the parser reportkit itself depends on.

>>> load_yaml("a: 1")
{'a': 1}
>>> dump_yaml({"vārds": "Rīga"})
'vārds: Rīga\\n'
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML


def load_yaml(text: str) -> Any:
    """The plain data in ``text`` (dicts, lists, scalars)."""
    return YAML(typ="safe").load(text)


def dump_yaml(data: Any) -> str:
    """``data`` as block-style YAML, letters as they are, keys in the order given."""
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()
