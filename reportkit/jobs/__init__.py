"""What the commands do, as library functions: render a data file, run a batch, write a
starter, render the examples.

    >>> from reportkit.jobs import render_file, run_batch, render_examples, write_starter

The command line (:mod:`reportkit.cli`) only parses arguments and prints what these return;
scripts call the same functions.
"""

from __future__ import annotations

from .batch import BatchResult, RowFailure, run_batch
from .demo import example_files, examples_folder, render_examples
from .document import builtin_template, render_file
from .starters import starter, write_schemas, write_starter

__all__ = ["BatchResult", "RowFailure", "builtin_template", "example_files", "examples_folder",
           "render_examples", "render_file", "run_batch", "starter", "write_schemas",
           "write_starter"]
