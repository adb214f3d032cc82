"""Package list for setuptools (the rest of the configuration is in pyproject.toml).

Every folder under coach/ is a package, data folders such as coach/playbooks/fa included, so a
new folder needs no entry here. The folders pyproject.toml's package-dir maps into coach
(assets/ as coach.assets, docs/guide/ as coach.guide) come with their subfolders.
"""

import tomllib
from pathlib import Path

from setuptools import find_namespace_packages, setup

NOT_PACKAGES = ["*__pycache__*"]
PYPROJECT = tomllib.loads((Path(__file__).parent / "pyproject.toml").read_text(encoding="utf-8"))
MAPPED = {
    package: folder
    for package, folder in PYPROJECT["tool"]["setuptools"]["package-dir"].items()
    if package
}

setup(
    packages=[
        *find_namespace_packages(include=["coach", "coach.*"], exclude=NOT_PACKAGES),
        *MAPPED,
        *(
            f"{package}.{name}"
            for package, folder in MAPPED.items()
            for name in find_namespace_packages(where=folder, exclude=NOT_PACKAGES)
        ),
    ]
)
