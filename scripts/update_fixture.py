"""Developer aid: rewrite a fixture's expected record where the record now differs.

Only the keys the expectation already pins are rewritten (``_known_failure`` entries are
kept as they are). Read the diff before committing: every change must be a wanted one.

    python scripts/update_fixture.py tests/fixtures/html/PAGE.html [...]
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
import ngoclean  # noqa: E402
from conftest import comparable  # noqa: E402


def update(page: Path) -> None:
    exp_path = page.with_name(page.name.split(".")[0] + ".expected.json")
    want = json.loads(exp_path.read_text(encoding="utf-8"))
    known = set(want.get("_known_failure", []))  # these hold the correct value: kept
    keys = [k for k in want if not k.startswith("_") and k not in known]
    got = comparable(ngoclean.parse(page).to_dict(), keys)
    changed = [k for k in keys if got[k] != want[k]]
    for k in changed:
        want[k] = got[k]
    if changed:
        exp_path.write_text(json.dumps(want, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    print(f"{page}: {', '.join(changed) or 'unchanged'}")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        update(Path(arg))
