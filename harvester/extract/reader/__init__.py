"""The learned evidence reader: which sentence answers a question, and what it says happened.

- ``effects``: ``EffectModel`` (weights as JSON in ``extract/data``) and ``harvester effects``;
- ``features`` and ``ranking``: the readable features both logistic regressions use;
- ``group_numbers``: which number each group got, read from a results sentence.
"""

from harvester.extract.reader.effects import LABELS, EffectModel, predict_file

__all__ = ["LABELS", "EffectModel", "predict_file"]
