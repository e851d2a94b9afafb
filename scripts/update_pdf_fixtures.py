"""Developer aid: write the expected records of the generated PDF fixtures
(``tests/pdfmake.py``) from what ngoclean gives now. Read the diff before committing:
every change must be a wanted one.

    python scripts/update_pdf_fixtures.py [NAME ...]
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent.parent
sys.path.insert(0, str(HERE / "tests"))
import ngoclean  # noqa: E402
import pdfmake  # noqa: E402
from test_pdf import comparable_pdf  # noqa: E402

if __name__ == "__main__":
    for name in sys.argv[1:] or list(pdfmake.ALL):
        record = ngoclean.parse(pdfmake.ALL[name]()).to_dict()
        path = HERE / "tests" / "fixtures" / "pdf" / f"{name}.expected.json"
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        after = json.dumps(comparable_pdf(record), ensure_ascii=False, indent=1) + "\n"
        path.write_text(after, encoding="utf-8")
        print(f"{path.name}: {'unchanged' if before == after else 'written'}")
