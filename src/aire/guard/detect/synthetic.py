"""Templated benign task prompts: hard negatives for the injection classifier.

The development data's injections often end in an ordinary task ("... and now write a
poem about X"), so a classifier trained on it alone learns that "write a poem" is an
attack. These generated prompts are the same tasks asked plainly. They are added to the
training folds only; every reported figure is measured on real rows.
"""

from __future__ import annotations

import random

__all__ = ["benign_tasks"]

_TASKS = (
    "Write a {form} about {topic}.", "Write a short {form} about {topic}.",
    "Compose a {form} about {topic} for my friend.", "Draft a {form} about {topic}.",
    "Can you write a {form} about {topic}?", "Please write me a funny {form} about {topic}.",
    "Summarize {doc} in {n} sentences.", "Give me {n} tips about {topic}.",
    "Explain {topic} to a ten-year-old.", "Explain how {topic} works, step by step.",
    "Translate '{phrase}' into {language}.", "Tell me a joke about {topic}.",
    "List {n} facts about {topic}.", "Suggest {n} names for a {thing}.",
    "Act as a {role} and give me advice about {topic}.",
    "Pretend you are a {role} and greet me.", "You are a {role}. Answer my question about {topic}.",
    "Roleplay as a {role} who loves {topic}.", "Now write an email to my {person} about {topic}.",
    "Write a Python function that {code}.", "Help me plan a {thing} about {topic}.",
    "Rewrite this sentence to sound more formal: '{phrase}'.",
    "Describe {topic} in the style of a {role}.", "Create a quiz with {n} questions on {topic}.",
    "What should I know about {topic} before I start?", "Recommend {n} books about {topic}.",
)  # fmt: skip
_FORMS = (
    "poem",
    "haiku",
    "story",
    "song",
    "limerick",
    "essay",
    "blog post",
    "speech",
    "letter",
    "tweet",
    "review",
)
_TOPICS = (
    "autumn", "my cat", "the ocean", "coffee", "a dragon who learns to cook", "friendship",
    "machine learning", "the history of Rome", "climate change", "gardening", "football",
    "space travel", "a rainy day", "chess", "baking bread", "the stock market", "my birthday",
    "remote work", "electric cars", "photosynthesis", "the French revolution", "jazz",
)  # fmt: skip
_DOCS = ("this article", "the text below", "the meeting notes", "this email", "the report")
_PHRASES = ("good morning", "where is the station", "thank you very much", "see you tomorrow")
_LANGUAGES = ("German", "French", "Spanish", "Italian", "Japanese")
_ROLES = ("travel guide", "pirate", "teacher", "chef", "career coach", "historian", "poet")
_THINGS = ("bakery", "podcast", "workshop", "birthday party", "startup", "puppy")
_PEOPLE = ("boss", "landlord", "team", "teacher", "neighbour")
_CODE = ("reverses a string", "sorts a list", "reads a CSV file", "checks for primes")


def benign_tasks(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct-ish benign task prompts, reproducible from ``seed``."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(
            rng.choice(_TASKS).format(
                form=rng.choice(_FORMS),
                topic=rng.choice(_TOPICS),
                doc=rng.choice(_DOCS),
                n=rng.choice((2, 3, 5)),
                phrase=rng.choice(_PHRASES),
                language=rng.choice(_LANGUAGES),
                role=rng.choice(_ROLES),
                thing=rng.choice(_THINGS),
                person=rng.choice(_PEOPLE),
                code=rng.choice(_CODE),
            )
        )
    return out
