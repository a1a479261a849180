#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""English is the source language: mark every English message finished with its source text
(plural forms get the singular and plural the source implies), so the check sees 100%."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    # English is always derived from the source text, so it can never go stale.
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        # "%n minute(s)" becomes "%n minute" and "%n minutes"; "step(s)", "group(s)" likewise.
        ET.SubElement(translation, "numerusform").text = re.sub(r"\(s\)", "", source)
        ET.SubElement(translation, "numerusform").text = re.sub(r"\(s\)", "s", source)
    else:
        translation.text = source
    translation.attrib.pop("type", None)
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
