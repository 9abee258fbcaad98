"""Wire formats of the model APIs aire speaks: OpenAI and Anthropic."""
