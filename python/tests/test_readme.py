"""The README's "From Python" example runs as written."""

import os
import re

README = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "README.md")


def test_the_training_example_runs(capsys):
    text = open(README, encoding="utf-8").read()
    section = text[text.index("## From Python"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["episodes 1-100", "episodes 101-200", "episodes 201-300"]
    for line in lines:
        assert -10.0 <= float(line.split()[-1]) <= 10.0
