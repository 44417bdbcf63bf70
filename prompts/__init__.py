"""The prompt and wording files (``*.md``, ``*.yaml``), shipped inside the package as ``assistant.prompts``.

This folder stays at the top of the repository; pyproject.toml maps it into the package, and
``assistant/drafting/prompts.py`` reads it with importlib.resources.
"""
