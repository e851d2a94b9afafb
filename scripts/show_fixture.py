"""Developer aid: print the comparable form of a fixture's record next to its expectation."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
import ngoclean  # noqa: E402
from conftest import comparable  # noqa: E402


def main() -> None:
    for arg in sys.argv[1:]:
        show(Path(arg))


def show(page: Path) -> None:
    exp_path = page.with_name(page.name.split(".")[0] + ".expected.json")
    keys = [
        "title",
        "date",
        "date_source",
        "language",
        "body",
        "signatories",
        "problems",
        "dropped",
    ]
    got = comparable(ngoclean.parse(page).to_dict(), keys)
    want = json.loads(exp_path.read_text()) if exp_path.exists() else {}
    for k in keys:
        ok = k in want and want[k] == got[k]
        print(("OK  " if ok else "DIFF") + " " + k)
        if not ok:
            print("   got :", json.dumps(got[k], ensure_ascii=False))
            if k in want:
                print("   want:", json.dumps(want[k], ensure_ascii=False))


if __name__ == "__main__":
    main()
