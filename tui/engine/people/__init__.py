"""People named in articles: who they are, how each article spells them, which office
each gives them, and where two articles disagree about them.

Module map (data flows down the list):

- ``lexicon``: the plain-text lexicons in ``tui/engine/data/`` (offices, places and
  nations, given names and nicknames, name particles, honorifics and customary titles,
  common surnames, nouns by kind), parsed once on first use.
- ``mentions``: runs of name words in one sentence, with the evidence that they name a
  person (a title, an office in apposition, a known given name, a speech verb) and the
  offices the sentence gives them.
- ``things``: names of things that read like people's (firms, ships, storms, prizes):
  a run with the evidence of a person is dropped when it names one.
- ``persons``: the people of one article: mentions clustered into persons.
- ``spelling``: how alike two spellings of a name are, allowing for transliteration.
- ``joined_names``: one full name whose words two articles join or split differently
  (particles run together, a given name in one word or two).
- ``cast``: what the detectors know of one article (its people and words) and the link
  between two people of two articles.
- ``names``: name findings between two articles (one person spelled two ways).
- ``word_variants``: rare capitalised words spelled two ways in closely aligned sentences.
- ``office_conflicts``: one office given to two different people.
- ``office_time``: the years a sentence names, so holders of different times do not conflict.
- ``job_seats``: a job title said of a named body beside a name ("the museum's archivist",
  "archivist at the museum", "State forester"): a seat of that body.
- ``seat_conflicts``: one person in two seats of one body, or two people in one seat,
  where office_conflicts told nothing.
- ``table``: the corpus-wide people table behind ``diptych names``.
"""
