"""``python -m reportkit`` is the same as the ``reportkit`` command."""

from reportkit.cli import main

if __name__ == "__main__":
    main()
