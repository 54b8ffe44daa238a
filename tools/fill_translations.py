"""Fill unfinished messages of a .ts file from a small JSON/py dict of source -> translation, then report
what is still unfinished. Used when a handful of strings are added between full translation passes.

    python tools/fill_translations.py assets/translations/chain_mapper_zh_CN.ts '{"Cancel": "取消"}'
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main() -> int:
    path, mapping = sys.argv[1], json.loads(sys.argv[2])
    tree = ET.parse(path)
    left = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            if source in mapping:
                translation.text = mapping[source]
                del translation.attrib["type"]
            else:
                left.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"unfinished left: {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
