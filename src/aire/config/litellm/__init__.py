"""LiteLLM's proxy config (``litellm --config config.yaml``) read as aire's config.

A file with any of LiteLLM's sections (``model_list``, ``litellm_settings``,
``router_settings``, ``general_settings``, ``environment_variables``) is translated into
aire's ``gateway:`` (and ``state:``) sections with LiteLLM 1.106.2's semantics: each
``model_name`` is an alias and each of its entries a deployment; ``litellm_params``,
``router_settings`` and ``general_settings.master_key`` map onto deployments, timeouts,
retries, breakers, fallbacks and auth (the table is in README.md, "Coming from LiteLLM").
Every setting aire cannot honour is collected with its line; ``aire.config.loader``
refuses the file listing them all, unless told to ignore them.

``os.environ/NAME`` is read as aire reads ``${NAME}``: an unset variable is an error at
load (LiteLLM would send ``None``). ``environment_variables`` are layered over the process
environment for those references and for the providers' key variables, as LiteLLM sets
them into its own. Each translated value keeps the line and the LiteLLM path it came
from, so a value aire rejects is reported where the user wrote it.

Modules: ``translate`` (the file, section by section), ``models`` (``model_list`` entries
-> deployments and aliases), ``providers`` (``provider/model`` -> wire and URL),
``settings`` (what is translated, accepted or refused), ``context`` (lines, environment,
findings).
"""

from aire.config.litellm.context import Finding
from aire.config.litellm.translate import (
    LITELLM_SECTIONS,
    Translation,
    is_litellm_config,
    translate,
)

__all__ = ["LITELLM_SECTIONS", "Finding", "Translation", "is_litellm_config", "translate"]
