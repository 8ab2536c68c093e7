"""Extraction: a paper's title + abstract -> typed assertions, each with its evidence.

Stage one is the gazetteer (labels of the ontology's concepts). Stage two applies context
rules, because a mention is not a use: contrast and citation cues drop a dataset, verbs of
creation make it introduced, generic "emotion recognition" is specialised by the paper's
modality, and tasks imply modalities (a talking-head paper works on face, video and speech).
Stage three finds datasets that no catalogue knows, from how papers write names
("we introduce X, a ... dataset", "X: A ... Benchmark", "experiments on X and Y datasets").
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from . import classify
from .gazetteer import Gazetteer, Match, fold
from .ids import MODALITY, MODEL, TASK, dataset_iri, title_key
from .models import DiscoveredDataset, Extraction, Mention, Paper
from .vocab import Concept, Vocabulary

# a full stop, then the next sentence's first character; not the stop of "vs.", "e.g.", "et al." or "Fig."
# (or, where a page lost the spaces, a word's full stop right before the next word: "a key issue.Physiological").
# Each branch opens with the stop itself and looks behind from there: a scan for one character, not a lookbehind
# tried at every position (eleven times faster)
_SENTENCE_END = re.compile(r"(?:\.(?<!\bvs\.)(?<!\bVs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bal\.)(?<!\bcf\.)(?<!\bFig\.)"
                           r"(?<!\ba\.k\.a\.)(?<!\bviz\.)|[!?])\s+(?=[A-Z0-9\"'(\[])|\.(?<=[A-Za-z]{2}\.)(?<!\bal\.)(?<!\bFig\.)(?=[A-Z][a-z])")
_CONTRAST_WORDS = re.compile(
    r"\b(?:unlike|in contrast (?:to|with)|contrary to|rather than|instead of|as opposed to|"
    r"beyond|prior work (?:on|using)|previous (?:work|studies|methods) (?:on|using)|limited to)\b", re.I)


def _contrast(before: str) -> re.Match | None:
    """A contrast word in the clause that ends ``before`` ("unlike prior work on IEMOCAP"): searched in
    that clause only, after the last full stop, semicolon or comma."""
    return _CONTRAST_WORDS.search(before, max(before.rfind("."), before.rfind(";"), before.rfind(",")) + 1)
_INTRO = re.compile(
    r"\b(?:we|this (?:paper|work|study)|our work)\s+(?:\w+\s+){0,3}?(?<!the )(?<!our )"  # ("the proposed method")
    r"(?:introduce|present|propose|construct|"
    r"build|create|collect|curate|release|develop|contribute|establish|design|compile|annotate)\w*\b|"
    r"\bthis (?:paper|work|study)\s+provides\b|"
    r"\b(?:introduc\w+|present\w*|propos\w+|construct\w*|releas\w+|curat\w+|collect\w*|buil[dt]\w*|creat\w+)\s+"
    r"(?:a|an|the)\s+(?:\w+[\s-]+){0,4}?(?:new|novel|first|large[\s-]scale)\b|"
    r"\b(?:a|an|the)\s+(?:new|novel|first)\s+(?:[\w-]+\s+){0,4}?(?:dataset|corpus|benchmark|database)", re.I)
_USE = re.compile(r"\b(?:on|using|use[sd]?|evaluat\w+|experiments?|train\w*|test\w*|fine[\s-]tun\w+|"
                  r"benchmark\w*|results?|analy[sz]\w+|outperform\w*)\b", re.I)
# (a suite of software is no data: "the MediaPipe suite of libraries")
_DATA_NOUN = r"(?:datasets?|corpus|corpora|benchmarks?|databases?|data\s?sets?|test\s?beds?|" \
    r"suites?(?!\s+of\s+(?:libraries|tools|software|algorithms|models|methods|programs)\b))"
_PLURAL_DATA_WORDS = r"(?:datasets|corpora|benchmarks|databases|data\s?sets)"
_TRAILING_DATA_NOUN = re.compile(rf"\s+{_DATA_NOUN}$", re.I)
# the creation verb "establish", not the adjective: "three established datasets" are well known, not made here
_ESTABLISH_VERB = rf"establish(?!ed\s+(?:[\w-]+\s+)?{_DATA_NOUN})"
_TRAILING_CHALLENGE = re.compile(r"\s(?:challenge|competition|shared task)$", re.I)
_HAS_DATA_NOUN = re.compile(r"(?i)data\s?set|corp|bench|database|test\s?bed|suite|(?:test|training) (?:set|data)|"
                            r"collection|lexicon|lexica\b")
_NAME = (r"(?:(?:[A-Z][A-Za-z0-9]*(?:[-_.'][A-Za-z0-9]+|–[A-Z0-9][A-Za-z0-9]*|\+(?!(?-i:[a-z]+)\b)[A-Za-z0-9]+)*\+*|"
         r"(?:[a-z]+|[a-z]{1,2}-)[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+|–[A-Z0-9][A-Za-z0-9]*)*|"  # ("iSarcasm", "en-Phone")
         r"\d+[A-Za-z][A-Za-z0-9_-]*)"  # ("3MT_French")
         r"(?: (?:II|III|IV|V|VI|(?:19|20)\d\d|[1-9]\.\d{1,2}|[Vv][1-9](?:\.\d)?)\b)?(?![^\W\d_]))")  # a version
# or a challenge's year: "CASME II", "SEED IV", "FERA 2015", "PolEmo 2.0"; a "+" joins a part with a capital or a
# digit ("CORTEX+pCC"), not a word run on after it ("CK+facial expression dataset", "CK+and JAFFE"); a name ends
# where its word ends, not before an accented letter ("called Cachaça" names no "Cacha")
# what a named dataset is called before its name: "the standard Fakeddit dataset", "the challenging X and Y datasets"
# two words in capitals are one name: "DISCO PAL: Diachronic Spanish Sonnet Corpus ...", "a new dataset, MORAL EVENTS,"
_CAPITAL_WORDS = r"[A-Z]{2,}[A-Z0-9]*\s[A-Z]{2,}[A-Z0-9]*(?![\w-])"
_WORD_CAMEL = r"[A-Z][a-z]+\s[A-Z][a-z]+[A-Z][\w-]*"  # a word before a camel-cased name: "Spoken DialogSum"
# two capitalised words named as an "A ... Dataset" ("Loneliness Episodes: A Japanese Dataset for ..."), and a
# hyphenated name with a capital inside ("x-enVENT: A Corpus of Event Descriptions ...")
_TWO_TITLED = r"(?![A-Z][a-z]+ing\s|(?:Beyond|Towards?|Through|Across|Between|Against|Into|Over|Under|Within|" \
    r"Without|After|Before|From)\s)[A-Z][a-z]+\s[A-Z][a-z]+"  # (not "Beyond Emotion: A Multi-Modal Dataset for ...")
_HYPHEN_CAMEL = r"[a-z]+-[a-z]*[A-Z][\w-]*"
_VERSION_NUMBER = r"[vV]?\d{1,2}(?:\.\d+)?"  # a bare version after a name in a title: "SenticNet 4", "RED v2"
_TITLE_ONE_NAME = re.compile(rf"{_TWO_TITLED}|{_HYPHEN_CAMEL}|\S+\s{_VERSION_NUMBER}")  # ... or "SenticNet 4"
_WORDS_OF_ONE_NAME = re.compile(rf"{_CAPITAL_WORDS}|{_WORD_CAMEL}")  # the two ways a pattern's words make one name
# a name, or in quotes a few words of one: 'a new dataset named “5G Myths,”'
_QUOTABLE_NAME = rf"[\"'“‘]?((?<=[\"“‘]){_NAME}(?:\s+[A-Z][\w-]*){{1,3}}(?=[,.]?[\"”’])|{_NAME})"
_DATA_ADJ = (r"(?:publicly available|public|benchmark|widely[\s-]used|popular|large[\s-]scale|standard|challenging|"
             r"well[\s-]known|original|open[\s-]source|existing|established|commonly used)")
# after "the" a few more: "the annotated DepressionEmo dataset", "the multimodal D-Vlog dataset" (kept out of
# the use-list pattern, which is tried after every "on", "with", "of" and "in")
# how the use-list patterns may describe the names they list: "on the two public X and Y datasets"
_DESCRIBED = rf"(?:(?:{_DATA_ADJ}|two|three|four|five|several|multiple)\s+)*"
_NAMED_DATA_ADJ = _DATA_ADJ[:-2] + r"|annotated|labell?ed|multi-?modal|extended|publicly accessible|freely available|" \
    r"new|novel|proposed|previous|open|" \
    r"(?:recently|newly|previously)[\s-](?:released|introduced|proposed|published|collected|developed|constructed|" \
    r"built|created|curated))"
# ("along with the new MuVi-Sync dataset", "we extend the recently released HarMeme dataset")
# capitalised words that describe data rather than name it ("the MELD Emotion dataset", "the CMU-MOSEI Sentiment
# Analysis dataset")
_GENERIC_TITLED = r"Sentiment|Emotions?|Emotional|Affect|Affective|Analysis|Recognition|Detection|Classification|" \
    r"Benchmark|Challenge|Test|Training|Validation|Evaluation|Speech|Text|Video|Audio|Image|Facial|Face|Multimodal|" \
    r"English|Chinese|Data|Dataset|Corpus|Database|Train|Dev"
# the counts a list of names may be introduced by ("three benchmarks: Camera, Car and Ele")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# one item of a counted list: a name, or words in capitals ("Hunger Station", "Opinion Corpus for Arabic")
_ITEM_WORDS = rf"{_NAME}(?:\s+(?:(?:of|for|in|on)\s+)?{_NAME}){{0,4}}"
_TITLED_ITEM = rf"(?:the\s+)?{_ITEM_WORDS}"
_ITEM_OF_LIST = re.compile(rf"(?:the\s+)?({_ITEM_WORDS})")
_LIST = rf"{_NAME}(?:\s*(?:,|and|&|, and)\s*(?:the\s+)?{_NAME})*"
# "results on a newly created benchmark CoCoTrip show that ...": a verb of findings after a name ends the name
_RESULT_VERBS = r"shows?|demonstrates?|reveals?|indicates?|confirms?|suggests?|verify|verifies|validates?|proves?"
_BENCHMARK_VERB_BEFORE = re.compile(r"\b(?:we|also|further|then|to)\s+$", re.I)
_RESULT_VERB = re.compile(rf"\s+(?:{_RESULT_VERBS})\b")
# "UniGen: ... via Zero-shot Dataset Generation": a method done to data, not data
_DATA_METHOD = r"Generation|Distillation|Augmentation|Condensation|Pruning|Selection|Cartography|Synthesis"
_JOINED = re.compile(r"\s(?:and|&)\s|&")  # what makes two names a list
_NAME_RUN = re.compile(rf"{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){_NAME})+")
_NAME_FIRST_VERBS = "introduc|present|propos|construct|buil|creat|releas|curat|develop|contribut|establish|assembl|compil"
# (rule, introduces, pattern): introduces None means the role follows the words before the name
# review sites whose data a kind-of-data phrase names by the site alone (not Amazon, unlike _REVIEW_SITES: "the
# Amazon reviews dataset" is one of its many, which annotators name apart or leave unnamed)
_SITES_NAMING_DATA = r"Yelp|YELP|TripAdvisor|Tripadvisor|Flipkart|BeerAdvocate|Goodreads"
_DISCOVER = [
    # we introduce ..., X, a ... dataset / we present X, a new benchmark
    ("intro-appositive", True, re.compile(
        rf"\b(?:introduc|present|propos|construct|build|buil|creat|releas|curat|collect|develop|contribut|"
        rf"{_ESTABLISH_VERB}|design|generat|synthesi[sz]|unveil|result(?:s|ed|ing)?\s+in)\w*\s+"
        rf"(?:(?!(?:on|using|evaluated|tested|trained|compar\w*|models?|methods?|"
        rf"approach\w*|framework|system|including|such)\b)\w+,?[\s-]+){{0,12}}?"
        rf"(?:{_DATA_NOUN}|lexicon|lexical\s+resource|test\s+set)"  # "... a Software Engineering Arousal lexicon (SEA)", "an OOD test
        # set, RedEval"
        rf"\s*(?:,|:|\(|called|named|dubbed|termed|titled|designated\s+as|referred\s+to\s+as)\s*"
        rf"(?:the\s+)?(?:(?:called|named|dubbed|termed|titled)\s+)?{_QUOTABLE_NAME}", re.I)),
    # "We present a new data set for speech emotion recognition (SER) tasks called Dusha"
    # (the pattern finds the name; the creation verb and data noun before it are checked by _CREATED_BEFORE_NAME)
    # (or "a ... dataset of movie recommendation conversations, which we call MovieSent")
    ("intro-called", True, re.compile(rf"\b(?:called|named|dubbed|termed|titled|designated\s+as|referred\s+to\s+as|"
                                      rf"(?:(?:which|that)\s+)?we\s+(?:call|name|dub)(?:\s+(?:it|them))?)\s+"
                                      rf"{_QUOTABLE_NAME}")),
    # "The datasets are called Restaurant_ABSA, Movie_ABSA, ... and Car_ABSA respectively": data given names
    # (or "the benchmark dataset known as EMOTHAW")
    ("data-called", None, re.compile(rf"\b(?i:{_DATA_NOUN})\s+(?:(?:is|are|was|were)\s+(?:called|named|dubbed|termed)|"
                                     rf"known\s+as)\s+[\"'“‘]?({_LIST})")),
    # "We further extend ... and name the two datasets as Harm-C and Harm-P": the paper names its data
    ("name-data-as", True, re.compile(rf"\b(?:we\s+)?name[ds]?\s+(?:the|these|them|our)\s+(?:(?:two|three|four|new|resulting)\s+)*"
                                      rf"(?i:{_DATA_NOUN})?\s*as\s+({_LIST})")),
    ("intro-name-first", True, re.compile(
        rf"\b(?:{_NAME_FIRST_VERBS}|{_NAME_FIRST_VERBS.title()})\w*\s+"  # two cases: faster than (?i:) here
        rf"(?:the\s+|a\s+|an\s+)?(?:new\s+|novel\s+|first\s+)?({_NAME})(?:\s*(?:,|:|\(|-{{2,}}|[–—])|\s+-+)\s*"
        rf"(?:(?:which|that)\s+(?:is|was)\s+)?(?:a|an|the)?\s*"  # "we introduce Pace, which is a dataset that ..."
        rf"(?:(?!(?:that|which|who|whose|on|by|using|models?|methods?|approach|framework|network|system|supported)\b)"
        rf"\(?[\w+.-]+(?:,\d{{3}}[\w+.-]*)?\)?,?\s+){{0,10}}?"  # "an 8M+ image dataset", "a 12,224-texts corpus",
        # "a ... sentiment analysis (ABSA) dataset"
        rf"(?i:{_DATA_NOUN}|collection(?=\s+of\s+(?:\d|over|about|nearly|around|more))|resource(?![\w-]))\b")),
    # "we introduce Emotional Scenarios (EmoScene), a theory-grounded benchmark of ...": the short form is the name
    ("intro-long-name", True, re.compile(
        rf"\b(?:{_NAME_FIRST_VERBS}|{_NAME_FIRST_VERBS.title()})\w*\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|novel\s+)?"
        rf"(?:[A-Z][\w-]*\s+){{2,6}}\(({_NAME})\),\s*(?:a|an|the)?\s*"
        rf"(?:(?!(?:that|which|who|whose|on|by|using|models?|methods?|approach|framework|network|system)\b)"
        rf"[\w+.-]+,?\s+){{0,10}}?(?i:{_DATA_NOUN})\b")),
    # (not "We built X-Face, a model achieving ... on our benchmark"; "EOT-X, a human-annotated collection of 2,400
    # reviews" is data, "EmoCNN, a collection of specially-trained ... layers" is not)
    # "Dreaddit: A Reddit Dataset for ...", "ABAW: ... Multi-Task Learning Challenges", "AHaSIS: Shared Task on
    # Sentiment Analysis for Arabic Dialects" (a challenge's overview), "SMHD: A Large-Scale Resource for ..." (a
    # resource the title presents; not "... Resource-Efficient ...")
    ("title-name-colon", True, re.compile(
        rf"^({_NAME}(?:\s{_VERSION_NUMBER}(?=\s*:))?|{_CAPITAL_WORDS}|{_WORD_CAMEL}|"
        rf"{_TWO_TITLED}(?=:\s*An?\s(?:[\w-]+\s){{0,3}}(?i:dataset|corpus|database))|{_HYPHEN_CAMEL})"
        rf"\s*(?::|\s(?:[-–—]|--)\s)\s*"  # ("Anubhuti -- An annotated dataset for ...")
        rf"(?:(?:An?|The)\s+(?:[\w-]+\s+){{0,4}}?(?i:resource|knowledge\s+base)(?![\w-])|"  # "SenticNet 4: A Semantic
        # Resource for ...", "EmotiNet: A Knowledge Base for Emotion Detection in Text"
        rf".*\b(?<!-)(?:(?i:dataset|corpus|benchmark\w*|database|lexicon|lexica\b|thesaur(?:us|i)\b)"
        rf"(?!\s+(?:{_DATA_METHOD})\b)|"
        rf"(?<=\b[Aa]\s)(?i:[\w-]+\s+)?(?i:corpora)|"  # "HindiMD: A Multi-domain Corpora for ..."
        rf"(?<!of\s)(?i:datasets)|"  # "Polish-ASTE: ... Extraction Datasets for Polish" (not "Comparison of Datasets")
        rf"Collection(?=\s+of\b))|(?!.*\b(?:in|at|for|to)\s+(?:the\s+)?(?:\S+\s+){{1,3}}(?:Challenges?|Competition|"
        rf"Shared\s+Tasks?)\b).*\b(?<!-)(?:Challenges?|Competition|Shared\s+Tasks?))\b")),
    # "MADial-Bench: Towards Real-world Evaluation of ...": a title headed by a name that says it is a benchmark
    ("title-bench-name", True, re.compile(rf"^({_NAME}(?<=Bench))\s*:")),
    # "TREMO: A dataset for ...", "EmoPars: A Collection of 30K Emotion-Annotated Texts", "SentiSense: An easily
    # scalable concept-based affective lexicon" (not "MoodSwings: A Collaborative Game for Music Mood Label Collection",
    # nor a team's entry: "ECMF: Enhanced Cross-Modal Fusion for ... in MER-SEMI Challenge")
    # (not a data noun joined to a word before it: "EEG-SCMM: ... for Cross-Corpus EEG-Based Emotion Recognition")
    # "The OMG-Empathy Dataset: ...", "Sharing emotions at scale: The Vent dataset"
    ("title-name-dataset", True, re.compile(
        rf"(?:^|:\s*)(?:[Tt]he\s+)?({_NAME})\s+(?i:dataset|corpus|benchmark|database)\b")),
    # "experiments on X and Y datasets", "We have used USTC-NVIE database for training"
    ("use-list", False, re.compile(
        rf"\b(?:on|for|against|[Uu]sing|used?|adopt\w*|employ\w*|with|from|across|of|in|integrat\w*|combin\w*|merg\w*|"
        rf"leverag\w*|utili[sz]\w*)\s+(?:the\s+)?{_DESCRIBED}({_LIST})\s+{_DATA_NOUN}\b")),
    # "experiments on the EmVidCap, MSVD, and MSR-VTT video captioning datasets": a list of names, then what kind of
    # data they are in a word or two (a list only: "on Twitter sentiment datasets" names a platform)
    ("use-list-kind", False, re.compile(
        rf"\b(?:on|[Uu]sing|used?|adopt\w*|employ\w*|with|across|utili[sz]\w*)\s+(?:the\s+)?{_DESCRIBED}"
        rf"({_NAME}(?:\s*,\s*(?:the\s+)?{_NAME})*\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?{_NAME})\s+"
        rf"(?:(?!(?:and|or|on|in|of|for|from|with|to|as)\s)[a-z][\w-]*\s+){{1,2}}{_DATA_NOUN}\b")),
    # "on the IndicGLUE Product Reviews dataset", "the THERADIA WoZ dataset": an acronym's name goes on in capitals
    ("the-name-words-dataset", None, re.compile(rf"\b(?:the|The)\s+(?:{_NAMED_DATA_ADJ}\s+)*"
                                                rf"((?=[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*[A-Z]){_NAME}"
                                                rf"(?:\s+(?!(?:{_GENERIC_TITLED})\b)[A-Z][A-Za-z]+){{1,2}})\s+"
                                                rf"(?:data\s?sets?|corpus|corpora|database)\b")),
    # "using the Yelp business review dataset", "the Yelp sentiment dataset": a review site's data, named by the site
    # (words in capitals make a name of their own: "the Yelp Open Dataset")
    ("site-kind-dataset", False, re.compile(rf"\b({_SITES_NAMING_DATA})\s+(?:(?:[a-z][\w-]*|Reviews?)\s+){{1,3}}?"
                                            rf"(?i:{_DATA_NOUN})\b")),
    # "on the recent GermEval 2017 dataset", "using the TASS 2019 corpus": a campaign's name and year, then what it is
    # (SemEval's years have rules of their own, which know its numbered tasks)
    ("the-name-year-dataset", None, re.compile(rf"\b(?:the|on|using)\s+(?:[a-z]+\s+)?((?!Sem[Ee]val)[A-Z][A-Za-z]*[A-Z]"
                                               rf"[A-Za-z]*[\s-]?(?:19|20)\d\d)\s+{_DATA_NOUN}\b")),
    # "we introduce the MERR dataset" / "results on the MELD dataset" / "the standard Fakeddit dataset"
    # or, with the words between, "The ParlaSent multilingual training dataset": a name, then what kind of data
    # it is (then a name with inner capitals or digits only: "the Persian emotion dataset" names a language)
    ("the-name-dataset", None, re.compile(rf"\b(?:the|our|The|Our)\s+(?:{_NAMED_DATA_ADJ}\s+)*({_NAME})\s+"
                                          # "the RU-FACS (a.k.a. M3) database" (not a short form: "the Wild (VTW)
                                          # dataset", "the Wild (DogFLW) dataset" end a longer name; "the CONVERGE
                                          # (Mandarin) dataset" does not)
                                          rf"(?:\((?![a-z0-9-]*[A-Z][a-z0-9-]*[A-Z][A-Za-z0-9-]*\))[^()]{{1,40}}\)\s+)?"
                                          rf"((?:(?!(?:on|in|of|for|from|with|and|or|to|at|by|across|over)\s)"
                                          rf"[a-z][\w-]*\s+){{1,2}}?)?{_DATA_NOUN}\b")),
    # "On the MVSA-single dataset and HFM dataset": a name and its data noun listed after another's
    # (or "validated on A-E-R datasets and public KINSHIP datasets")
    ("and-name-dataset", None, re.compile(rf"\b(?i:datasets?|corpus|corpora|databases?|benchmarks?)\s*,?\s+"
                                          rf"(?:and|or|as well as)\s+"  # (or the last of a list: "..., and Z dataset")
                                          rf"(?:the\s+|on\s+the\s+)?(?:{_DATA_ADJ}\s+)?({_NAME})\s+"
                                          rf"(?i:dataset|corpus|database|benchmark)s?\b")),
    # "the knowledge-grounded Topical Chat dataset": a name of capitalised words, then its data noun in lower case
    # (or words joined by "of", "in", "at", "for", "on": "the Images of Groups dataset")
    ("the-titled-name-dataset", None, re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+)?"
                                                 r"((?:[A-Z][a-z]+\s(?:(?:of|in|at|for|on)\s(?=[A-Z]))?){1,3}[A-Z][a-z]+)\s+"
                                                 r"(?:dataset|corpus|database)\b")),
    # "Emognition dataset: emotion recognition with ...": a title opening with one word and its data noun
    ("title-word-dataset", True, re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]{3,})\s+(?i:dataset|corpus|database)\s*:")),
    # "We introduce KOTE dataset": a creation verb, then the name and its data noun without an article (or more
    # names, the data noun after the last: "We release X and Y datasets"; not "we present X and the Y benchmark")
    # ("the recently introduced X dataset", "test on the newly released X dataset": someone else's)
    ("verb-name-dataset", True, re.compile(rf"(?<!recently\s)(?<!previously\s)"
                                           rf"\b(?:introduc|present|(?<!newly\s)releas|construct|creat|curat|collect)\w*\s+"
                                           rf"({_NAME}(?:\s*(?:,|and|, and)\s*{_NAME})*)\s+{_DATA_NOUN}\b")),
    # "accuracy on the VGAF test set": a split of a named dataset
    ("the-name-split", None, re.compile(rf"\bthe\s+({_NAME})\s+(?:test|training|validation)\s+(?:sets?|data)\b")),
    # "BOBSL, a large British Sign Language dataset": a name, then what it is
    ("name-appositive", None, re.compile(rf"(?:^|(?<=[\s(]))({_NAME}),\s+an?\s+(?:(?!(?:trained|based|built|pre-?trained|on|"
                                         rf"of|from|with|for|that|which|using)\b)[\w-]+,?\s+){{0,6}}?"
                                         rf"(?:{_DATA_NOUN}|lexicon)\b")),  # "SentiSense, a concept-based affective lexicon"
    # "Trauma-Informed Dialogue for Empathy (TIDE), a novel dataset": an acronym in brackets, then what it is
    ("acronym-appositive", None, re.compile(rf"\((?=[A-Z0-9-]{{2,10}}\))({_NAME})\),\s+an?\s+(?:(?!(?:trained|"
                                            rf"based|built|pre-?trained|on|of|from|with|for|that|which|using)\b)"
                                            rf"[\w-]+\s+){{0,6}}?{_DATA_NOUN}\b")),
    # "physiological signals (SRAD dataset)": a name and its data noun in brackets
    # (or "(i.e., Oasis dataset)")
    ("bracketed-name-dataset", None, re.compile(rf"\((?:(?:i\.e\.|e\.g\.),?\s+)?(?:the\s+)?({_NAME})\s+{_DATA_NOUN}\s*\)")),
    # "... reasoning (MTMEUR) benchmark", "Toward a Musical Sentiment (MuSe) Dataset"
    ("acronym-dataset", None, re.compile(rf"\(({_NAME})\)\s+(?i:{_DATA_NOUN})\b")),
    # "Experimental results on HCR (a real-world Twitter sentiment analysis dataset)": a name, then in brackets what
    # kind of data it is
    ("name-bracketed-kind", None, re.compile(rf"(?<![\w-])({_NAME})\s+\(an?\s+(?:[\w-]+\s+){{0,6}}?"
                                             rf"(?i:dataset|corpus|database|benchmark)\)")),
    # "the CLPsych 2016 triage of mental health forum posts shared task", "the WASSA 2018 implicit emotions shared task":
    # a campaign's name and year, then in lower case what the task was
    ("name-year-task-words", None, re.compile(r"\b[Tt]he\s+([A-Z][A-Za-z]*[A-Z][A-Za-z-]*[\s-]?(?:19|20)\d\d)\s+"
                                              r"(?:[a-z][\w-]*\s+){1,8}?shared\s+task\b")),  # (a challenge's such words
    # are often its name: "the INTERSPEECH 2013 computational paralinguistics challenge")
    # "our submission to the shared task on Dravidian-CodeMix-FIRE2021": the edition a shared task is held on, by its
    # name and year (SemEval's years have rules of their own, which know its numbered tasks)
    ("task-on-name-year", None, re.compile(rf"\b(?i:shared\s+task)\s+on\s+(?:the\s+)?(?:\[\d+\]\s+)?"
                                           rf"((?!Sem[Ee]val)(?=[\w-]*(?:19|20)\d\d|\S+\s(?:19|20)\d\d){_NAME})")),
    # "the International Affective Digitized Sounds (IADS)", "the Open Biological Negative Image Set (OBNIS)": a
    # name in capitals whose last word says it is a collection, then its short form (not "Street View Images",
    # "the Geneva Minimalistic Acoustic Parameter Set", things of other kinds)
    ("collection-long-name", None, re.compile(
        r"(?<![\w-])(?:[A-Z][\w'-]*\s+(?:(?:of|for|and|in|the|on)\s+)*){1,7}(?<!Parameter\s)"
        r"(?:Set|Database|Corpus|Dataset|Data\s?[Ss]et|List|Wordlist|Lexicon|Atlas|Sounds|Pictures|Norms|Collection|"
        r"Thesaurus|Picture\s+System|Challenge|Competition)\s+\(([A-Za-z][\w-]*[A-Z][\w-]*(?:\s[A-Z]{1,3})?)\)")),
    # "datasets such as IEMOCAP and MELD", "three corpora (EmoDB, RAVDESS, TESS)"
    # (or "The dataset used in this shared task, namely ArSarcasm-v2, consists of ...": what it is, then the name)
    ("dataset-list", None, re.compile(
        rf"(?i:{_DATA_NOUN}|collections)(?:\s+(?:used|employed|adopted|chosen|provided|released)\b[^.;(),]{{0,40}}?"
        rf"(?=,?\s+namely\b))?"
        rf"\s*(?:,\s*)?(?:\((?:\s*(?:i\.e\.|e\.g\.),?\s*)?|:\s*|[–—]\s*|such as\s+|including\s+|namely,?\s+|like\s+|"
        rf"i\.e\.,?\s+|"  # ("two datasets (i.e., EmVidCap and EmVidCap-S)")
        rf"e\.g\.,?\s+|viz\.,?\s+)"
        rf"(?:the\s+)?({_LIST})")),
    # "three datasets: MIDD (536 Chinese participants), DAIC (189 English participants), and CMDC (78 ...)":
    # each name with an aside in brackets (read without the asides)
    ("dataset-list-asides", None, re.compile(
        rf"(?i:{_DATA_NOUN})\s*(?::\s*|such as\s+|including\s+)((?:the\s+)?{_NAME}\*?\s*\([^()]{{1,60}}\)"
        rf"(?:\s*(?:,|, and|and)\s*(?:the\s+)?{_NAME}\*?\s*\([^()]{{1,60}}\))+)")),
    # "two extensive datasets REN-10k and RENh-4k", "The training dataset, Psych8k, was constructed"
    # (or "The public dataset used was PRDECT-ID")
    ("dataset-then-name", None, re.compile(rf"\b(?i:datasets?|corpus|corpora|benchmarks?|databases?)(?:\s+|\s*,\s*|"
                                           rf"\s+(?:used|employed|adopted|chosen|selected)\s+(?:was|is|were|are)\s+)"
                                           rf"[\"'“‘]?({_CAPITAL_WORDS}|{_LIST})[\"'”’]?"
                                           rf"(?=\s*[,.;)]|\s+(?:and|were|was|are|is|to|for|with|in|from|based|built|derived|"
                                           rf"consisting|comprising|containing|having|that|which|{_RESULT_VERBS})\b)")),  # "a novel dataset TOOL-ED based on ..."
    # "in the testing dataset of Friends and EmotionPush": the names end the clause (not "a dataset of Chinese posts")
    ("dataset-of-name", None, re.compile(rf"\b(?i:datasets?|corpora|databases?|data\s?sets?)\s+of\s+(?:the\s+)?({_LIST})"
                                         rf"(?=\s*[,.;)]|\s+(?:respectively|were|was|are|is|in)\b|$)")),
    # "on the Rakuten product review and Yahoo movie review datasets", "experiments on Yelp and Amazon datasets": two
    # names of a source and what it holds
    # (not parts of one named dataset: "the Laptop and Restaurant datasets of SemEval-2014-task4")
    ("source-kind-pair", None, re.compile(r"\b(?:the|on|using|from|across)\s+([A-Z][a-z]{2,}(?:\s+[a-z]{3,}){0,2})\s+and\s+"
                                          r"([A-Z][a-z]{2,}(?:\s+[a-z]{3,}){0,2})\s+(?:datasets|corpora)\b"
                                          r"(?!\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w-]*[A-Z0-9])")),
    # "using the Dataset-DS, comprising images collected from ...": a name, then the items it holds
    ("name-comprising", None, re.compile(rf"\b(?:the|The)\s+({_NAME}),\s+(?:comprising|consisting\s+of|containing)\s+"
                                         rf"(?:[\d,.]+[kK]?\s+)?(?:[\w-]+\s+)?(?:images|videos|recordings|samples|utterances|"
                                         rf"texts|tweets|posts|clips|sentences|dialogues|conversations|reviews|comments)\b")),
    # "we introduce the Video ASD dataset": a word and an acronym, one name
    ("the-word-acronym-dataset", None, re.compile(rf"\b(?:the|our|The|Our)\s+([A-Z][a-z]{{2,}}\s+[A-Z][A-Z0-9]{{1,8}})\s+"
                                                  rf"{_DATA_NOUN}\b")),
    # "A new dataset of Instagram and Telegram posts, MPerSocial, containing 1000 pairs ...": the name set off by
    # commas after what the data hold, then what they contain
    ("dataset-of-appositive", None, re.compile(rf"\b(?i:datasets?|corpus|data\s?sets?)\s+(?:of|from)\s+(?:[\w-]+\s+){{0,5}}?"
                                               rf"[\w-]+,\s+({_NAME})(?:,\s+(?:containing|comprising|consisting|"
                                               rf"including|with|which|that)\b|\.(?:\s|$))")),
    # "Our ‘Open Mic’ dataset is released": a quoted name before its data noun (words, not one token)
    ("quoted-name-dataset", None, re.compile(rf"\b(?:the|our|The|Our)\s+[\"“‘']([A-Z][\w’'&+.-]*(?:\s+[\w’'&+.-]+){{0,4}}?)"
                                             rf"[\"”’']\s+{_DATA_NOUN}\b")),
    # 'we curate and publish a ”Hinduphobic COVID-19 X (Twitter) Dataset” of 8,000 tweets': a titled name in quotes
    # that ends with its own data noun (a name of two words or more: not 'a "Gold Dataset" of prompts')
    ("quoted-titled-dataset", None, re.compile(r"[\"“”]([A-Z][\w’'&+.-]*(?:\s+\(?[\w’'&+.-]+\)?){1,6}?\s+"
                                               r"(?:Dataset|Corpus|Database|Benchmark))[\"”]")),
    # "using our dataset, "Sentikanna," which consists of ...": a data noun, then its name in quotes
    ("data-quoted-name", None, re.compile(rf"\b(?:(?:our|Our)\s+)?(?i:{_DATA_NOUN}),?\s+[\"“‘]({_NAME})[,.]?[\"”’]")),
    # "a dataset of 3D expression sequences (Florence4D)", "a meme dataset for Tamil (TamilMemes)"
    # (or "a Shared Task multilingual dataset on Hope Speech Detection for Equality, Diversity, and Inclusion (HopeEDI)":
    # what it is for, in capitals, then its name)
    ("dataset-bracketed-name", None, re.compile(rf"\b(?i:datasets?|corpus|corpora|databases?)\s+"
                                                rf"(?:(?i:of|with|from|for|containing|comprising|featuring)\s+"
                                                rf"(?:[\w-]+\s+){{0,4}}?|(?:on|of|for)\s+"
                                                rf"(?:[A-Z][\w-]*,?\s+(?:(?:and|for|of|in|on|the|to)\s+)*){{5,9}})"
                                                rf"\(({_NAME})\)")),
    # "The new dataset, CHinese Emotion Recognition dataset with ..., abbreviated as CHERMA, provides ..."; "a
    # high-quality ChatASU dataset is annotated to evaluate TSA": new data given its name, or a name made into data
    ("new-data-abbreviated", True, re.compile(rf"\b(?:[Tt]he|[Oo]ur|[Aa])\s+new\s+(?i:{_DATA_NOUN}),[^.;]{{0,150}}?\b"
                                              rf"(?:abbreviated|shortened)\s+as\s+({_NAME})")),
    # "three benchmark datasets: Hunger Station, AJGT, and MASAC": names of words, counted before they are listed
    # (the count must match: items of words cannot otherwise be told from a description)
    ("counted-titled-list", None, re.compile(
        rf"\b(?i:{'|'.join(_COUNT_WORDS)})\s+(?!(?:types|kinds|sorts)\s+of\s)(?:[\w-]+\s+){{0,3}}?"
        rf"(?i:{_PLURAL_DATA_WORDS})\s*"  # ("two types of datasets: Tweets and Reddit Comments" are kinds)
        rf"(?::|\(|,?\s+namely,?|,\s+i\.e\.,?|,\s+viz\.,?)\s*"
        rf"({_TITLED_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_TITLED_ITEM})+)"
        rf"(?=\s*[.;:)]|\s*,?\s+(?!(?:and|of|for|in|on)\b)[a-z]|\s*$)")),  # (not "Emotional BCI of 2020 ...")
    ("a-name-dataset-made", True, re.compile(rf"\b(?:[Aa]n?|[Oo]ur)\s+(?:(?:new|novel|high-quality|large-scale|"
                                             rf"manually|annotated)\s+)*({_NAME})\s+(?i:{_DATA_NOUN})\s+"
                                             rf"(?:is|was|has\s+been)\s+"
                                             rf"(?:newly\s+|manually\s+|carefully\s+)?(?:annotated|constructed|built|"
                                             rf"collected|created|developed|curated|compiled)\b")),
]
_STUDIED_IN = re.compile(r"\s(?:in|from|of|with|using)\s+the\s", re.I)  # "... Materials in the IADS (IADS)"
_MADE_JUST_BEFORE = re.compile(r"\b(?:introduc|present|develop|construct|build|buil|creat|releas|propos|compil|"
                               r"assembl)\w*\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:new\s+|novel\s+)?$", re.I)
_SHARED_TASK_AFTER = re.compile(r"\s+shared\s+task", re.I)  # "XinHai@CLPsych 2024 Shared Task: ..."
_CHALLENGE_BEFORE_BRACKET = re.compile(r"(?:Challenge|Competition)\s+\([^()]*\)$")
_FEATURE_SET_BEFORE = re.compile(r"\bfeature\s+sets?\b[^.;]*$", re.I)
_COLLECTION_NAME = next(pattern for rule, _, pattern in _DISCOVER if rule == "collection-long-name")
_NAME_YEAR_TASK = next(pattern for rule, _, pattern in _DISCOVER if rule == "name-year-task-words")
_TASK_ON_NAME_YEAR = next(pattern for rule, _, pattern in _DISCOVER if rule == "task-on-name-year")
_NAMED_BEFORE_NOUN = frozenset({"use-list", "use-list-kind", "the-name-dataset"})
_DATA_WORDS_IN = re.compile(r"\b(?:data|dataset|corpus|set|sets|benchmark)\b")  # source-kind-pair: no data words
# a shared task named without a data noun: "This paper introduces IroSvA, the first shared task fully dedicated to
# ..." (the organisers'), "in the ACL 2022 shared task "Emotion Analysis in Tamil."" (its title in quotes)
_INTRO_NAME_TASK = re.compile(rf"\b(?:introduc|present|propos|organi[sz]|launch)\w*\s+({_NAME})[,:]\s+(?:the|a|an)\s+"
                              rf"(?:(?!(?:submission|entry|system|team|approach|model|method)\b)[\w-]+\s+){{0,4}}?"
                              rf"(?i:shared\s+task|challenge|competition|evaluation\s+campaign)\b")
# (or "the shared task in ’Sentiments Analysis (SA) for Dravidian Languages in Code-Mixed Text’", or its name first:
# "the “Emotion Analysis in Tamil” shared task")
_TASK_QUOTED_NAME = re.compile(r"\b(?i:shared\s+task|challenge|competition)\s+(?:(?:on|in|called|named|titled)\s+)?"
                               r"[\"“‘’]([A-Z][^\"“”‘’]{3,70}?)[.,]?[\"”’]|"
                               r"\b(?i:the)\s+[\"“‘]([A-Z][^\"“”‘’]{3,70}?)[.,]?[\"”’]\s+(?i:shared\s+task|challenge|competition)\b")
_QUOTED_NAME_AFTER = re.compile(r"\s+[\"'“‘][A-Z]")
_CLOSES_APPOSITION = re.compile(r"\s*[,.;)]|\s+(?:and|or)\b")  # "corpora, AnnoMI and the ... Dataset" lists them
# a short all-caps name before plural data ("SE datasets", "AU benchmark datasets") abbreviates a field or task
_FIELD_ACRONYM = re.compile(r"[A-Za-z]?[A-Z]{1,5}")
_PLURAL_NOUN = re.compile(rf"\s+(?:\w+\s+)?{_PLURAL_DATA_WORDS}\b", re.I)  # right after a name
_PLURAL_DATA = re.compile(rf"\b{_PLURAL_DATA_WORDS}\b", re.I)  # anywhere in a match: "two datasets, called X and Y"
_AND_NAME_AFTER = re.compile(rf"\s*,?\s+and\s+({_NAME})(?=\s*[,.;)]|\s+(?:to|for|which|that|with|are|were)\b)")
_CREATED_BEFORE_NAME = re.compile(
    rf"\b(?:introduc|present|propos|construct|build|buil|creat|releas|curat|collect|develop|contribut|set\s+up|"
    rf"result(?:s|ed|ing)?\s+in)\w*\s+"  # ("we set up a large scale image emotion dataset from Flickr, named ...")
    rf"(?:(?!(?:on|using|evaluated|tested|trained)\b)\w+[\s-]+){{0,6}}?"
    rf"(?:{_DATA_NOUN}|lexicon|lexical\s+resource)\s+"  # ("we develop a lexical resource called Bhavanakos")
    rf"(?![\w-]+\s+(?:framework|pipeline|toolkit|tool|engine|platform)\b)"  # "a dataset generation framework ..."
    rf"(?:(?!(?:on|using|and|which|that)\b)[\w()-]+,?\s+){{1,10}}?$", re.I)
# text a pattern cannot match without (one of these, in the lower-cased sentence): a cheap test first
_DISCOVER_NEEDS = {
    "intro-appositive": (",", ":", "(", "called", "named", "dubbed", "termed", "titled", "designated", "referred"),
    "intro-called": ("called", "named", "dubbed", "termed", "titled", "designated", "referred", "we call", "we name",
                     "we dub"),
    "data-called": ("called", "named", "dubbed", "termed", "known as"),
    "name-data-as": ("name",),
    "acronym-dataset": ("(",),
    "collection-long-name": ("(",),
    "name-year-task-words": ("shared task",),
    "task-on-name-year": ("shared task on",),
    "dataset-list": ("(", ":", "–", "—", "such as", "including", "namely", "like", "i.e.", "e.g.", "viz"),
    "dataset-list-asides": ("), ",),
    "counted-titled-list": tuple(f"{word} " for word in _COUNT_WORDS),
    "dataset-bracketed-name": ("(",),
    "and-name-dataset": (" and ", " or ", "as well as"),
    "the-name-split": (" test set", " test data", " training set", " training data", " validation set",
                       " validation data"),
    "name-appositive": (", a ", ", an "),
    "acronym-appositive": ("), a ", "), an "),
    "bracketed-name-dataset": ("(",),
    "verb-name-dataset": ("introduc", "present", "releas", "construct", "creat", "curat", "collect"),
    "intro-name-first": tuple(_NAME_FIRST_VERBS.split("|")),
    "dataset-then-name": ("dataset", "corpus", "corpora", "benchmark", "database"),
    "dataset-of-name": (" of ",),
    "dataset-of-appositive": (" of ", " from "),
    "quoted-name-dataset": ('"', "“", "‘", "'"),
    "quoted-titled-dataset": ('"', "“", "”"),
    "data-quoted-name": ('"', "“", "‘"),
    "source-kind-pair": (" and ",),
    "use-list-kind": (" and ", "&"),
    "name-comprising": ("comprising", "consisting", "containing"),
}
# patterns that spell out their own list of data nouns (all of them words _HAS_DATA_NOUN finds)
_OWN_DATA_NOUNS = frozenset({"title-name-dataset", "title-word-dataset", "quoted-titled-dataset", "dataset-then-name",
                             "dataset-bracketed-name", "dataset-of-name", "the-titled-name-dataset",
                             "dataset-of-appositive", "the-name-words-dataset"})
# (rule, introduces, pattern, title only, words it needs, whether it needs a data noun: most titles have none)
_DISCOVER_RULES = [(rule, introduces, pattern, rule.startswith("title"),
                    re.compile("|".join(map(re.escape, _DISCOVER_NEEDS[rule]))) if rule in _DISCOVER_NEEDS else None,
                    _DATA_NOUN in pattern.pattern or rule in _OWN_DATA_NOUNS)
                   for rule, introduces, pattern in _DISCOVER]
_COUNT_BRACKETED = re.compile(rf"\b\d[\d,.]*[kK]?\s+(?:[\w-]+\s+){{0,3}}?(?:dialogues|conversations|utterances|"
                              rf"posts|tweets|images|videos|clips|recordings|samples|sentences|comments|reviews|texts|"
                              rf"questions)\s+\(({_NAME})\)")
_NAME_OUTSIDE_ASIDE = re.compile(rf"\([^()]*\)|{_NAME}")  # dataset-list-asides: a bracket's match is no name
# "in the General Psychotherapy Corpus": a capitalised data noun mid-sentence ends a multi-word name
# a name of capitalised words, before its capitalised data noun ("Stress at Service Desk Dataset", "the Group and
# Scene Emotions Dataset"; not two names with their nouns: "the Reddit Meme Dataset and Memotion Dataset")
_TITLED_WORDS = r"((?:[A-Z][\w'’-]*\s(?:(?:at|in|of|on|for)\s(?=[A-Z])|" \
                r"(?<=[a-z]\s)(?<!Dataset\s)(?<!Corpus\s)(?<!Database\s)and\s(?=[A-Z][a-z]))?){1,5})"
# "The Moral Foundations Weibo Corpus", "The Super Emotion Dataset": a title that is nothing but a name and its noun
_TITLE_IS_NAME = re.compile(rf"The\s+{_TITLED_WORDS}(?:Corpus|Dataset|Database|Benchmark)\s*$")
_TITLED_NAME = re.compile(rf"(?<=[\s(]){_TITLED_WORDS}(?:Corpus|Dataset|Database)\b(?!\s*\((?![a-z]))")
# (a short form in brackets after it is read by the acronym patterns; "(with a mean duration of 2 s)" is an aside)
# "the first ... Marathi Sentiment Analysis Dataset - L3CubeMahaSent": what the name after the dash is
# "we introduce TUNIZI a sentiment analysis Tunisian Arabizi Dataset", "the C2D2 dataset, the first expert-supervised
# Chinese Cognitive Distortion Dataset": the titled words describe the name before
_APPOSED_BEFORE = re.compile(rf"(?<![\w-]){_NAME},?\s+(?:a|an)\s+(?:[\w-]+\s+){{0,5}}$|"
                             rf"(?<![\w-]){_NAME}\s+(?i:{_DATA_NOUN}),\s+the\s+(?:[a-z][\w-]*\s+){{1,5}}$")
_SPELT_AFTER = re.compile(r"\s*\(([^()]{5,120})\)")  # a name's long form in brackets after it
_TAIL_SHORT = re.compile(rf"(?:\s+[A-Za-z][\w-]*){{0,4}}?\s*,?\s*\(({_NAME})\)")  # a few more words, then a short form
_OPENED_BY_NAME = re.compile(rf"(?<![\w-])({_NAME})\s*\([^()]*$")  # "MIDAS (" opening the words that spell it
_DASHED_NAME_AFTER = re.compile(rf"\s+[-–—]{{1,2}}\s*{_NAME}")
_AN_BEFORE = re.compile(r"\b(?:a|an)\s+$")  # "D4: a Chinese Dialogue Dataset for ...": a description, not a name
_NAME_COMMA_BEFORE = re.compile(rf"{_NAME},\s+$")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z0-9]{1,9}|(?=[A-Z][a-z0-9]*[A-Z])[A-Z][A-Za-z0-9]{1,9})\s*\($")  # "PERC(",
# "KoCoSa (" before the name it abbreviates
_NOT_NAME_START = frozenset("The A An Our This These New Novel Large Public Open Multimodal Emotion Emotional".split())
_WE_PROVIDE = re.compile(r"\bwe\s+(?:provide|offer)\s+$", re.I)  # "we provide FERBench, a systematic benchmark"
# "ERIT is a novel multimodal dataset": a copula that says the named data are new
_NEW_IN_COPULA = re.compile(r"\s(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?:new|novel|first)\b", re.I)
# "EmoPars and ArmanEmo are two new human-labeled emotion datasets": found from the verb back to the names
# (not "The GNN was validated against the AMIGOS dataset": a model, tested on data)
_COPULA_DATA = re.compile(rf"\s(?:is|are|was|were)\s+(?:(?!(?:on|in|with|by|from|using|for|to|of|than|as|not|against|"
                          rf"via|through|across|over|at)\b)[\w-]+\s+){{0,5}}?(?i:{_DATA_NOUN})\b")
_LIST_AT_END = re.compile(rf"(?:^|(?<=[\s(]))({_LIST})$")
# "CLARIN-Emo contains the opinions of real people, manually annotated by ...": a name that holds labelled items
_NAME_HOLDS_LABELS = re.compile(rf"(?:The\s+)?({_NAME})\s+(?:contains|consists\s+of|comprises|includes)\b[^.;]*?"
                                rf"\b(?:annotated|labell?ed|annotations|labels)\b")
_PREPARED = re.compile(r"\bwe\s+(?:\w+\s+)?(?:prepared|collected|gathered|compiled)\b", re.I)
# "Overview of the ... Shared Task", "Findings of the WASSA 2023 Shared Task on ...": written by its organisers
_OVERVIEW_HEAD = re.compile(r"(?:an?\s+)?(?:overview|findings)\s+(?:of|on)\b", re.I)  # "Overview on ...": the organisers'
_OVERVIEW_TITLE = re.compile(r"(?:an?\s+)?(?:overview|findings|summary|report)\s+(?:of|on|for)\s+(?:the\s+)?.*\b(?:shared "
                             r"tasks?|challenges?|competitions?|evaluation campaign)\b", re.I)
# "This paper describes the fifth Emotion Recognition in the Wild (EmotiW) challenge 2017": its organisers' overview
# words of a team's entry to a challenge, not of its organisers' overview
_ENTRY_WORDS = r"(?:system|approach|submission|participation|entry|entries|team|model|method|solution|contribution|our)"
_OVERVIEW_SENTENCE = re.compile(r"(?:this|the present) (?:paper|article|report|overview) "
                                r"(?:describes|presents|summari[sz]es|reports on|(?:gives|provides) an overview of|introduces|discusses)"
                                r"(?: the baselines? (?:\w+ )?(?:for|of))? the\b"  # ("discusses the baseline for the")
                                rf"(?![^.]*\b(?:{_ENTRY_WORDS}|we)\b)", re.I)
# "CLPsych2019 Shared Task: Predicting ..." with "Through participating in a shared task ...": a team's paper
# (not the organisers' "participation guidelines" or "all participating algorithms")
_PARTICIPANT = re.compile(r"\b(?:(?:by|through|after|when|for)\s+participating|we\s+(?:\w+\s+)?participated|"
                          r"our\s+(?:participation|team|submission)|we\s+(?:submitted|ranked|placed)|"
                          r"(?:ranked|placed)\s+\d|\d+(?:st|nd|rd|th)\s+(?:place|position|rank))", re.I)
_YEAR_HEAD = re.compile(rf"^({_NAME}(?:\s(?:19|20)\d\d)?)(?<=(?:19|20)\d\d):\s")  # "RUDA-2025: ...", "MER 2024: ..."
# (not a team's "we present our system for the shared task")
_WE_HOST = re.compile(r"\b(?:we|(?:this|the) (?:paper|article|report))\s+(?:\w+\s+)?(?:introduc|present|describ|organi[sz]|"
                      rf"summari[sz])\w*\s+(?:the\s+|an?\s+)?(?:(?!{_ENTRY_WORDS}\b)[\w-]+\s+){{0,6}}?"
                      r"(?:shared tasks?|challenges?|competitions?|evaluation campaign|evaluation)\b", re.I)
_CHALLENGE_NOUN = re.compile(r"[^.;]*?\b(?:challenges?|shared tasks?|competitions?)\b", re.I)  # used with .match
# "Psych8k, was constructed from 260 interviews": a passive verb of creation right after the name, or after the
# name and its data noun ("A new audio-visual emotion (AVE) database is developed"; not "annotated" there: frames
# "from the 4DFAB database were annotated" re-annotate someone else's data)
_BEEN = r"\s+(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?"
_MADE = r"constructed|built|collected|created|curated|compiled|devised|introduced|developed|recorded"
_AND_BRACKETED = re.compile(rf"\s+and\s+(?:[\w-]+\s+){{1,6}}?\(({_NAME})\)")
_CREATED_AFTER = re.compile(rf"\)?,?{_BEEN}(?:{_MADE}|annotated)\b|\)?\s+{_DATA_NOUN},?{_BEEN}(?:{_MADE})\b", re.I)
# "The data set that we release, a MediaEval Database for ... (DEAM)": the paper's own, named after the noun
_WE_RELEASE = re.compile(rf"{_DATA_NOUN}\s+(?:that|which)\s+we\s+(?:release|introduce|present|build|collect|create)\w*"
                         rf"\s*,?\s*(?:(?:an?|the)\s+)?[^.;]*$", re.I)
# "a novel database named Multi-Modal Movie Opinion (ICT-MMMO) corpus", "a new benchmark we call ... (SILICONE)": new
# data, named as the paper's own
# (or set off by a comma: "into a new Sentiment Analysis Evaluation benchmark, SAEval", "a custom dataset,
# EMOTION-ITCH")
_NEW_DATA_BEFORE_CALLED = re.compile(rf"\b(?:a|an|the)\s+(?:new|novel|first)\s+(?:[\w-]+\s+){{0,6}}?{_DATA_NOUN}"
                                     rf"\s*,?\s*\(?\s*$", re.I)
_CALLED_NAME_ENDS = re.compile(r"\s*(?:[.;,)]|$|\s+(?:is|was|are|were|that|which|with|based|containing|consisting|"
                               r"comprising|recording|of|for|from|to|and)\b)")  # the name ends: not "Global Cross-Cultural
# Facial Expression Recognition (GCC-FER)", "Anger- and Fear-Eliciting Stimuli", of which the first word is no name
_PRESENTED_AFTER = re.compile(r"\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:presented|introduced|proposed|released|"
                              r"created|built|constructed|developed|collected|compiled)\b")
# "FERV39k-Plus, a newly constructed dataset that assigns soft labels", "PragMega+, a new irony interpretation
# dataset introduced in this study": an appositive that says the data is made here (not "we considered DEMoS, a new
# database in Italian": new to the field, and used)
_NEW_AFTER_NAME = re.compile(rf",\s+an?\s+(?:newly\s+(?:constructed|created|collected|built|curated|compiled|"
                             rf"annotated)\b|(?:new|novel)\s+(?:[\w-]+\s+){{0,4}}?{_DATA_NOUN}\s+(?:\w+\s+)?"
                             rf"(?:introduced|proposed|presented|built|created|collected|constructed)\s+(?:in|by|for)\s+"
                             rf"(?:this|our|us|the\s+present)\b)", re.I)
_NEW_DATA_NAMED = re.compile(rf"\b(?:a|an)\s+(?:new|novel|custom)\s+(?:[\w-]+\s+){{0,4}}?{_DATA_NOUN}"
                             rf"(?:,?\s+(?:(?:that|which)\s+)?(?:we\s+)?(?:named|called|dubbed|termed|call|name|dub|term)\s+"
                             rf"(?:[\w-]+\s+){{0,8}}?\(?|"
                             rf"(?:\s+of\s+(?:[\w-]+\s+){{0,5}}?[\w-]+)?\s*,\s*|\s*\(\s*)$", re.I)  # "a new dataset of X
# posts, NAME", "a novel dataset (USoM corpus)"
_CHALLENGE_WORDS = ("challenge", "competition", "shared task", "workshop")
_PART_MARK = re.compile(r"[A-Z0-9][A-Za-z0-9]{0,2}")  # "EmoMV-A", "X-2", "X-Pro": a part or variant of X
# "We make the SAC dataset and LAD model publicly available": released, so the paper's own
_MAKE_BEFORE = re.compile(r"\b(?:we|We)\s+(?:will\s+)?(?:make|made)\s+(?:the\s+|our\s+)?$")
_AVAILABLE_AFTER = re.compile(r"[^.;]*?\b(?:publicly|freely|openly)\s+(?:available|accessible)\b")
_CLASS_COUNT = re.compile(r" \d+(?: \d+)?k?$")  # "AffectNet-7", "EmoSet-118K": a label-set size or a size
_VERSION = re.compile(r" [1-9]\.\d{1,2}$")
_ADVERB_BEFORE = re.compile(r"\b(?:commonly|widely|frequently|often)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_SHORT_FORM = re.compile(rf"\s*\(({_NAME})\)")  # a name's short form in brackets right after it
# (or after its data noun: "Stanford Sentiment Treebank Dataset (SSTB)")
_SHORT_FORM_AFTER = re.compile(rf"(?:\s+(?i:{_DATA_NOUN}))?\s*\(({_NAME})\)")
_LONG_FORM_BEFORE = re.compile(r"((?:[A-Z][\w'-]*\s+){2,8})\($")  # "Stanford Large Movie Review Dataset (IMDB)"
_CALLED_JUST_BEFORE = re.compile(r"\b(?:called|named|termed|dubbed|titled)\s+$")
_CALLED_REST = re.compile(r"((?:\s+[A-Z][\w'-]*){1,3})(?=\s*[.;,]|\s*$|\s+(?:and|which|that|is|was|with)\b)")
_APPOSITIVE_REST = re.compile(r"((?:\s+[A-Z][\w'-]*){1,3}),\s")  # the rest of a name of words set off by commas
_LONG_NAME_REST = re.compile(rf"(?:\s+[A-Z][\w-]*){{1,5}}\s*\(({_NAME})\)")  # the rest of a long name, then its short form
# a title opening with a dataset's name, then what the paper is about: the paper that made it
_NAMED_IN_HEAD = re.compile(r"\s*(?::|\s[-–—])\s")
# a version or edition of a catalogued dataset: "RAF-DB 2.0", "DAIC-WoZ 2017", "AFEW6.0", "EmotiW2018"
# ... or the labels of one of its dimensions: "DEAP-Arousal", "DEAP-Valence"
_DIMENSIONS = ("arousal", "valence", "dominance", "liking")
_DIMENSION_SUBSET = re.compile(rf"[-\s](?:{'|'.join(_DIMENSIONS)})$", re.I)
_EDITIONS = (_VERSION, re.compile(r" (?:19|20)\d\d$"), re.compile(r"(?<=[A-Za-z])\d{1,2}\.\d$"),
             re.compile(r"(?<=[A-Za-z])(?:19|20)\d\d$"), _DIMENSION_SUBSET)  # "EmotiW2018", "MEGC2025"
# "EmoMBTI-Net"; "Rule-Based" is a kind of method; "LLM-generated" (reviews) says how something was made
_MODEL_SUFFIX = re.compile(r"-(?:Net|LLM|BERT|GPT|(?i:based|generated|driven|labell?ed|annotated|written|produced|created|"
                           r"augmented|aware|related|translated|collected|curated|crawled|scraped))$|"
                           r"^BERT[a-z]|BERT(?:a|o)?$")  # a BERT by its language or its maker: "BERTurk", "AraBERT"
# ("COVID-19-related": what the data are about; "the Google-translated dataset": how they were made)
# a catalogued name joined to a capitalised word or to more capitals names another one ("EmoBench-Reddit",
# "EmotiW-EP", "MOSI-iFlytek"; a longer catalogued name, "AFEW-VA", would have matched whole)
_DERIVED_NAME = re.compile(r"-(?:[A-Z][a-z]|[A-Z]{2,}\b|[a-z]+[A-Z])")
_JOINED_WORD = re.compile(r"[\w+]+")  # the word after the hyphen
# hardware or software named like a dataset: "the MUSE device", "a Muse headband", "an Aibo robot dog" (the robot the
# children spoke to, not the corpus of their speech), "the SEMAINE system", "MPQA systems" (question answering),
# "the OLID schema" (its annotation scheme)
_DEVICE_AFTER = re.compile(r"\s+(?:EEG\s+)?(?:devices?|head-?bands?|headsets?|wristbands?|bracelets?|wearables?|robots?|"
                           r"robotic|systems?|setting|project|schema|scheme)\b", re.I)
# a year's edition ("SemEval-2018") followed by a task number names that task, found by the numbered-task rule
_EDITION_TASK = re.compile(r"(?<=(?:19|20)\d\d)[\s-]+(?:[Ss]hared\s+)?[Tt]ask[\s-]?\d")
# a known network, or a model's weights, trained on data by others ("DenseNet121, pretrained on ImageNet", "AlexNet and
# ResNet-101 trained on ImageNet database", "the model weights trained from ImageNet")
_BACKBONE_TRAINED_ON = re.compile(r"\b(?:(?:VGG|ResNet|ResNeXt|MobileNet|DenseNet|AlexNet|EfficientNet|Inception|Xception|"
                                  r"GoogLeNet|SqueezeNet)[\w-]*|weights),?\s+(?:pre-?\s?)?trained\s+(?:on|with|from)\s+"
                                  r"(?:the\s+)?$")
_PRETRAINED_AFTER = re.compile(r"-pre-?trained\b", re.I)


def _pretraining_data(text: str, start: int, end: int) -> bool:
    """"VGG19 pre-trained on ImageNet", "an ImageNet-pre-trained MobileNetV1": the data a borrowed network was
    trained on, not data the paper reads."""
    return bool(_BACKBONE_TRAINED_ON.search(text[max(0, start - 60):start]) or _PRETRAINED_AFTER.match(text, end))
# the data a title's model is trained or tested on: "... Fine-Tuning on 37 Emotion Datasets"
_TUNED_ON_DATA = re.compile(r"\b(?:on|across|over|using|with)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                            r"multiple|several|many|diverse)\s+(?:[\w-]+\s+){0,3}?(?i:datasets|corpora|benchmarks)\b")
_COMPOUND = re.compile(r"-[A-Z0-9]")  # an acronym joined to more capitals is a model's name ("MSA-GCN")
_FOR_DATA = re.compile(rf"\b{_DATA_NOUN}\s+(?:for|of)\s+(?:\w+\s+){{0,2}}$", re.I)  # "datasets for sentiment analysis"
# "AVEC 2019 Workshop and Challenge", "The MuSe 2023 Multimodal Sentiment Analysis Challenge", "EmotiW 2018: ...",
# "TASS 2016, the fifth edition of the Workshop on ..."
_CHALLENGE_YEAR = re.compile(r"\b((?:[A-Z][A-Za-z0-9+]*[A-Z][A-Za-z0-9+-]* |(?:Interspeech|Mediaeval) ?|"
                             r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*[a-z](?=(?:19|20)\d\d)|"  # ("StanceEval2024")
                             r"[a-z][A-Z][a-z]+ ?)(?:19|20)\d\d)\b"  # ("the eRisk2018 shared task")
                             r"(?=\s*:|(?:,\s+the)?\s+(?:[\w“”\"-]+\s+){0,5}?"
                             r"(?:[Cc]hallenge|[Cc]ompetition|[Ss]hared [Tt]ask|[Ww]orkshop|Task(?!\s*\d))\b)")
# "JN-NLP at SIGHAN-2024 dimABSA Task: ...": a team's paper on a named task of a year's workshop (or on the
# workshop's shared task: "SCUDS at ROCLING-2021 Shared Task: ...")
_TEAM_AT_TASK = re.compile(r"^\S+\s+(?:at|@)\s+([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*[-\s](?:19|20)\d\d"
                           r"(?:\s+[A-Za-z][\w-]*[A-Z][\w-]*(?=\s+(?:[Ss]hared\s+)?[Tt]ask\s*:)|"
                           r"(?=\s+[Ss]hared\s+[Tt]ask\s*:))|"
                           r"[A-Z][A-Za-z0-9]{2,}(?=\s+[Ss]hared\s+[Tt]ask(?:\s+(?:19|20)\d\d)?\s*:))")  # (or no year:
# "MAPROC at AHaSIS Shared Task: ...")
_OVERVIEW_OF_EDITION = re.compile(rf"^(?:[Aa]n?\s+)?(?i:overview|findings|summary)\s+of\s+(?:the\s+)?({_NAME})"
                                  r"(?:\s+(?:at|@)\s+[A-Z][\w-]*)?[\s-]((?:19|20)\d\d)\b(?!\s+(?:[Ss]hared|[Tt]ask))")
# "ABSAPT 2022 at IberLEF: Overview of the Task on ...", "EMit at EVALITA 2023: Overview of ...": the organisers'
# overview of a task held at a venue (a team's paper has its own name before "at": "TEAM at VENUE: System for ...")
_EDITION_AT_VENUE = re.compile(rf"^({_NAME})(?:[\s-]((?:19|20)\d\d))?\s+(?:at|@)\s+[A-Z][\w-]*(?:[\s-](?:19|20)\d\d)?"
                               r"\s*:\s*(?:[Aa]n?\s+|[Tt]he\s+)?(?i:overview|findings)\s+(?:of|on)\b")
_OVERVIEWED_TRACK = re.compile(rf"\s+(?:the\s+)?({_NAME})\s+(?:[Tt]rack|[Ss]hared\s+[Tt]ask|[Cc]hallenge)\b")
# ("the ACM Multimedia AVI Challenge 2026": the venue before the name is not part of it)
_NAMED_TASK_YEAR = re.compile(r"\b((?!The\s|Multimedia\s)(?:[A-Z][\w+-]*\s+)??[A-Z][\w+-]*[A-Z][\w+-]*\s+"
                              r"(?:Shared\s+Task|Challenge|Competition))\s+((?:19|20)\d\d)\b")
# a team's words, or results: "presents our system for the ... Challenge", "presents baseline results for the ..."
_ENTRY_BEFORE = re.compile(rf"\b(?:{_ENTRY_WORDS}|results?)\b", re.I)
_EDITION_BRACKET = re.compile(r"\s*\(\s*([A-Z][A-Za-z+/-]*[A-Z+][A-Za-z+/-]*(?:\s?[A-Z+][A-Za-z+/-]*)?)\s?"
                              r"((?:19|20)\d\d)\s*\)")
# (or after what the challenge is, in words: "the 4th edition of the ... workshop for sentiment analysis focused on the
# Spanish language (TASS 2015)")
_CHALLENGE_BRACKET = re.compile(r"\b(?:[Cc]hallenge|[Cc]ompetition|(?:[Ww]orkshop|[Ss]hared [Tt]ask|[Cc]ampaign)\b[^.;()]{0,80}?)"
                                + _EDITION_BRACKET.pattern)
# "the Emotion Physiology and Experience Collaboration (EPiC) 2023 competition", "Humor Analysis based on Human
# Annotation(HAHA)-2019” shared task", "the Facial Expression Recognition (FER) 2013 database": a long form, its short
# form in brackets, then the edition's year and what it is
_BRACKETED_EDITION = re.compile(r"\(([A-Z][A-Za-z+]*[A-Z][A-Za-z+]*)\)\s?-?\s?((?:19|20)\d\d)\b(?=[”\"']?(?:\s*:|\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:[Cc]hallenges?|[Cc]ompetitions?|[Ss]hared\s+[Tt]asks?|[Tt]asks?|[Cc]ampaign|"
                                r"[Dd]ata ?sets?|[Dd]atabases?|[Cc]orpus|[Cc]orpora)\b))")
# (or what it is between the brackets and the year: "the Computational Linguistics and Clinical Psychology (CLPsych)
# Shared Task 2022")
_BRACKETED_KIND_YEAR = re.compile(r"\(([A-Z][A-Za-z+]*[A-Z][A-Za-z+]*)\)\s+(?:[Ss]hared\s+[Tt]ask|[Cc]hallenge|"
                                  r"[Cc]ompetition)\s+((?:19|20)\d\d)\b")
_GLUED_YEAR = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:19|20)\d\d\b")  # "EmotiW2018", "ABAW2023"
_CHALLENGE_AFTER = re.compile(r"\s+(?:[Cc]hallenge|[Cc]ompetition)\b")
# "the ABAW2 ICCV-2021 Competition", "ABAW3 Challenge": a catalogued challenge with its edition's number joined on
_GLUED_EDITION = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:[2-9]|1\d)\b"  # ("ABAW10 Ambivalence/Hesitancy Challenge")
                            r"(?=\s+(?:[\w/-]+\s+){0,2}?(?i:challenge|competition)\b)")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")  # what _CHALLENGE_YEAR needs: a cheap test first
_YEAR_END = re.compile(r"-(?:19|20)\d\d$")  # an IRI naming a workshop's year
# recurring evaluations with numbered tasks: SemEval and its kin, or any acronym's year ("BLP-2023 Task 2")
_CAMPAIGNS = r"(SemEval|Semeval|IberLEF|eRisk|GermEval|[A-Z]{2,}[A-Za-z0-9]*)"
# ("SemEval-2016 Task #6", "Semeval 2017, Task 4A": a number sign, a comma, a subtask's letter)
_NUMBERED_TASK = re.compile(rf"\b{_CAMPAIGNS}(?:\s+[Cc]hallenge)?[\s-]?((?:19|20)\d\d)(?:,\s*|[\s-]+)((?:[Ss]hared\s+)?[Tt]ask)"
                            rf"[\s-]?#?"  # ("SemEval Challenge 2014 task 4")
                            rf"(\d{{1,2}})[A-Ea-e]?\b")
# ("WASSA-2024 Shared Task 2" is one of that year's shared tasks: the catalogue's "WASSA 2024 Shared Task" is another)
_TASK_NUMBER = re.compile(r"[\s-]?\d{1,2}\b")
# ("SemEval-2018 Tasks 1 and 3", "BLP-2023 Task 1 & 2": two numbered tasks in one name)
_NUMBERED_TASKS = re.compile(rf"\b{_CAMPAIGNS}[\s-]?((?:19|20)\d\d)[\s-]+(?:[Ss]hared\s+)?[Tt]asks?\s+(\d{{1,2}})"
                             r"((?:\s*(?:,|and|&)\s*\d{1,2}\b)+)")
_BARE_CAMPAIGN_YEAR = re.compile(r"Sem[Ee]val[\s-]?((?:19|20)\d\d)")


def _bare_year_of_other_task(m: Match, text: str) -> bool:
    """"SemEval 2018" read as the catalogue's one task of that year, in a paper whose title or text numbers another
    ("IronyMagnet at SemEval-2018 Task 3: ... the 3rd Task of the SemEval 2018 workshop"): the year is that task's."""
    if not (bare := _BARE_CAMPAIGN_YEAR.fullmatch(m.surface)) or "ask" not in text:
        return False
    numbers = {t.group(4) for t in _NUMBERED_TASK.finditer(text) if t.group(2) == bare.group(1)}
    own = re.search(r"\bTask\s+(\d{1,2})\b", m.concept.pref)
    return bool(numbers) and own is not None and own.group(1) not in numbers


_ANY_TASK_NUMBER = re.compile(r"\b[Tt]ask[\s-]?#?\d")  # a paper that numbers a task names its data by that task
# data named by a SemEval year alone: "experiments on SemEval 2014 Datasets", "two are from SemEval2014"
_SEMEVAL_DATA = re.compile(r"\bSem[Ee]val[\s-]?((?:19|20)\d\d)?(?:\s+(?:and|[A-Z]?[a-z]+)){0,4}\s+(?i:data\s?sets?|corp(?:us|ora)|"
                           r"benchmarks?)\b|\b(?i:data\s?sets?|corp(?:us|ora))[^.;()]{0,20}?\b(?:from|of)\s+(?:the\s+)?"
                           r"Sem[Ee]val[\s-]?((?:19|20)\d\d)\b|"
                           # "Experiments on SemEval 2014 show that ...": the year's data, evaluated on
                           r"\b(?i:experiments?|evaluat\w+|results?|tested)\s+on\s+(?:the\s+)?"
                           r"Sem[Ee]val[\s-]?((?:19|20)\d\d)"
                           r"(?!\s*(?:[Tt]ask|[Ss]hared|[Cc]hallenge|/)|\w)")
# "SemEval 2014/2015/2016", "SemEval 2014, 2015 and 2016": a name and the years of its editions
_EDITION_YEARS = re.compile(r"\b([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[\s-]?((?:19|20)\d\d)"
                            r"((?:\s*/\s*(?:(?:19|20)\d\d|\d\d)(?!\d)){1,4}|"
                            r"(?:\s*,\s*(?:19|20)\d\d){0,3},?\s+and\s+(?:19|20)\d\d)(?!\d)")
_YEAR_DATA_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?i:datasets|benchmarks|corpora|data\b|shared\s+tasks)")
_DATA_FROM = re.compile(r"\b(?i:datasets|benchmarks|corpora|data)\s+(?:from|of)\s+(?:the\s+)?$")
# (the task's number after its title, or its number and subtask's letter alone, in SemEval's papers)
_CAMPAIGN_TASK_LATER = re.compile(r"\b(SemEval|Semeval)[\s-]?((?:19|20)\d\d)(?:\s+shared\s+task\s+[‘'“\"][^’'”\"]{3,80}"
                                  r"[’'”\"]\s*\([Tt]ask\s*(\d{1,2})\)|[\s-]+(\d{1,2})[A-E]\b)")
# "Task 4 on the SemEval 2017 dataset": the same, task first; and what stands before its campaign's name
_TASK_OF_CAMPAIGN = re.compile(rf"\b[Tt]ask[\s-]?(\d{{1,2}})(?:,[^,.;]{{3,80}},)?\s+(?:of|on|in|at|from)\s+(?:the\s+)?"
                               rf"{_CAMPAIGNS}[\s-]?((?:19|20)\d\d)\b")


def task_first_name(name: str) -> str:
    """A shared task's number written first, "Task 4 of TASS 2018", -> the name the extractor gives it."""
    m = _TASK_OF_CAMPAIGN.fullmatch(name)
    return f"{m.group(2)}-{m.group(3)} Task {m.group(1)}" if m else name


_TASK_BEFORE = re.compile(r"\b[Tt]ask[\s-]?\d{1,2}\s+(?:of|on|in|at|from)\s+(?:the\s+)?$")
# conferences and evaluation campaigns that host challenges: "IberLEF 2021" names no one task's data ("WWW 2018": The
# Web Conference)
_VENUES = frozenset("interspeech icassp acii icmi ijcnn iberlef evalita mediaeval clef fg www".split())
# (its year first: "the 2009 INTERSPEECH Emotion Challenge")
_YEAR_BEFORE_VENUE = re.compile(r"\b((?:19|20)\d\d)\s+(" + "|".join(f"(?i:{v})" for v in sorted(_VENUES)) + r")\s+"
                                r"((?:[A-Z][\w-]*\s+){0,4}?(?:Challenge|Competition|Shared Task))")
# "the 2015 DEFT challenge", "the 2022 NADI shared task": a campaign's year before its name (not a venue's: "the 2022
# ACII Affective Vocal Burst Challenge")
_YEAR_NAME_EVENT = r"((?:19|20)\d\d)\s+([A-Z][A-Za-z]*[A-Z][\w-]*)\s+(?i:challenge|shared\s+task|competition)"
_YEAR_BEFORE_NAME = re.compile(rf"\b[Tt]he\s+{_YEAR_NAME_EVENT}\b")
_YEAR_FIRST_NAME = re.compile(rf"(?:the\s+)?{_YEAR_NAME_EVENT}", re.I)  # a whole name, as an annotator writes it


def year_last(name: str) -> str:
    """A campaign's edition named year first, "2015 DEFT challenge", -> the name the extractor gives it, "DEFT 2015"."""
    m = _YEAR_FIRST_NAME.fullmatch(name)
    return f"{m.group(2)} {m.group(1)}" if m else name
# (a benchmark's task: "MediaEval 2016: Emotional Impact of Movies Task", "the MediaEval 2015 “Affective Impact of
# Movies” Task"; words of a title such as "of" between its capitals)
_VENUE_CHALLENGE = re.compile(r":?(?:\s+[“\"]?(?:[A-Z][\w-]*|of|in|on|for)[”\"]?){1,6}?\s+(?:Challenge|Competition|Shared Task|"
                              r"Task(?!\s*\d))\b")
# a title may write it in lower case: "The INTERSPEECH 2013 computational paralinguistics challenge: ..."
_VENUE_CHALLENGE_TITLE = re.compile(r":?(?:\s+[“\"]?(?!(?:and|or|the|at|to|with)\b)[A-Za-z][\w-]*[”\"]?){1,6}?\s+"
                                    r"(?:[Cc]hallenge|[Cc]ompetition|[Ss]hared [Tt]ask|[Tt]ask(?!\s*\d))\b")
# "the MediaEval 2016 "Emotional Impact of Movies" task", "the "Emotion in Music" task of MediaEval 2015": a task's
# title in quotes beside its benchmark (and year)
_VENUE_YEAR_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:19|20)\d\d\s+$")
_QUOTED_BENCHMARK_TASK = re.compile(
    r"\b(?P<v1>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:'s)?(?:\s+(?P<y1>(?:19|20)\d\d))?\s+[“\"](?P<t1>[A-Z][^“”\"]{3,60})[”\"]\s+[Tt]ask\b|"
    r"[“\"](?P<t2>[A-Z][^“”\"]{3,60})[”\"]\s+[Tt]ask\s+(?:of|at|in)\s+(?:the\s+)?(?P<v2>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)"
    r"(?:\s+(?P<y2>(?:19|20)\d\d))?|"
    # (or unquoted, in capitals: "the Emotions and Themes in Music task organized as part of the MediaEval 2020 ...")
    r"\bthe\s+(?P<t3>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|in|and|for|on)){1,7}?)\s+task\s+(?:organi[sz]ed\s+)?"
    r"(?:as\s+part\s+of|of|at|in)\s+(?:the\s+)?(?P<v3>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s+(?P<y3>(?:19|20)\d\d)")
_LANGUAGES = frozenset("""
English Chinese Arabic Hindi German French Spanish Japanese Korean Bengali Bangla Persian Turkish Russian Italian
Portuguese Indonesian Vietnamese Thai Tamil Telugu Marathi Punjabi Greek Polish Dutch
Finnish Swedish Norwegian Danish Czech Hungarian Romanian Ukrainian Swahili Amharic Hausa Yoruba Sinhala Malay
Filipino Tagalog Hebrew Burmese Nepali Gujarati Kannada Malayalam Odia Assamese Croatian Serbian Slovene Bulgarian
Cantonese Mandarin Catalan Basque Galician Irish Welsh Estonian Latvian Lithuanian Slovak Icelandic Afrikaans
Zulu Xhosa Igbo Somali Pashto Dari Sindhi Kurdish Uzbek Kazakh Mongolian Tibetan Khmer Lao Javanese Sundanese Tulu
""".split())
_NAMED_APPOSITIVE = re.compile(rf"(?<![\w-])({_NAME}),\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,8}}$")
_LANGUAGE_PAIR = re.compile(r"\b([A-Z][a-z]+(?:[-–][A-Z][a-z]+)+)\s*$")
# "on the Amazon and Yelp datasets", "two well-known public datasets, i.e. Yelp and Amazon": a shop whose reviews make
# a dataset when a pattern of data names it (alone it is a platform)
_REVIEW_SITES = frozenset({"amazon"})
# platforms whose name is also a benchmark's, when listed beside catalogued datasets as data ("three benchmark
# datasets: Restaurant, Laptop, and Twitter", "on CMU-MOSI, CMU-MOSEI and YouTube datasets")
_LISTED_PLATFORM_DATA = frozenset({"twitter", "youtube"})
_SOCIAL_SITES = re.compile(r"\b(?:Twitter|YouTube|MySpace|Digg|Facebook|Reddit|Instagram|Weibo|TikTok|Tumblr)\b")


def _platform_as_data(low: str, rule: str, text: str) -> bool:
    """A platform named as a benchmark: listed beside catalogued datasets, in a sentence about data that names no
    other platform (several, "MySpace, Twitter, YouTube, Digg", are where the data came from)."""
    return rule == "list-sibling" and low in _LISTED_PLATFORM_DATA and bool(_HAS_DATA_NOUN.search(text)) and \
        len(set(_SOCIAL_SITES.findall(text))) == 1


_NOT_DATASETS = frozenset(x.lower() for x in [*_LANGUAGES, *"""
GPT GPT-3 GPT-3.5 GPT-4 GPT-4o GPT-4V GPT-5 ChatGPT BERT RoBERTa DeBERTa XLNet ALBERT ELECTRA T5 BART LLaMA Llama Llama-2
Llama-3 LLM LLMs MLLM MLLMs LMM LMMs VLM VLMs LVLM LVLMs LLaVA CLIP Qwen Qwen2 Gemini Claude Mistral Vicuna Whisper
wav2vec HuBERT WavLM Transformer Transformers LSTM BiLSTM CNN CNNs RNN GRU GAN GANs VAE SOTA AI NLP ML DL RL RLHF
DNN DNNs MLP SVM KNN CVPR ICCV ECCV ICASSP AAAI IJCAI NeurIPS ICML ICLR ACL EMNLP NAACL COLING LREC ICMI ACII WACV
EACL AACL RANLP IJCNLP
ANN ANNs SVR CRF HMM GMM XGBoost LightGBM AdaBoost CatBoost C4.5 J48 ID3 GCN GNN GNNs GAT ViT ResNet VGG MobileNet
DenseNet EfficientNet AlexNet GoogLeNet Xception TCN TextCNN BiGRU Bi-LSTM FastText GloVe Word2Vec ELMo ERNIE MacBERT
XLM-R mBERT IndicBERT MuRIL AraBERT CAMeLBERT FinBERT BioBERT ClinicalBERT SciBERT DistilBERT TinyBERT MiniLM Gemma
DeepSeek Flan-T5 InstructBLIP BLIP BLIP-2 MiniGPT-4 Video-LLaMA
Reddit Twitter X YouTube Weibo TikTok Facebook Instagram Prolific MTurk Amazon Google OpenAI HuggingFace Wikipedia
WeChat Weixin Bilibili Douyin Zhihu Xiaohongshu Toutiao Quora KakaoTalk VKontakte Bluesky
MySpace Digg Tumblr Pinterest LinkedIn Snapchat Social Media
F1 F1-score UAR WAR RMSE CCC MAE ACC AUC We Our This The In A An Our It These Existing Extensive Experiments Experimental
Results Code SemEval Kaggle GitHub Jira Stack-Overflow StackOverflow Discord Telegram WhatsApp Steam Twitch
NLTK spaCy Stanza scikit-learn VADER TextBlob Pattern
Out-Of-Domain Out-of-Domain In-Domain Cross-Domain Out-Of-Distribution Out-of-Distribution OOD IID
Sub-Challenge Sub-Challenges
Eastern Western Asian European American African Caucasian
Scopus WoS Springer IEEE IEEE-Xplore Xplore ACM PubMed MEDLINE Embase PsycINFO ScienceDirect arXiv DBLP EBSCO CINAHL
SER FER ERC MER MERC ESC TTS EEG ECG EDA GSR PPG ToM EI SA ABSA ECE ECPE VAD PAD
""".split()])
_COMPANIES = frozenset("Microsoft Meta IBM Baidu Alibaba Tencent Yahoo Apple Samsung Huawei Sony Nvidia NVIDIA".split())
_POOLED_WORDS = frozenset({"Combined", "Merged", "Pooled", "Joint", "Unified"})
# a counted list's item that opens with a company or platform, or is a bibliographic index
_OWNED_ITEM = re.compile(rf"(?:{'|'.join(sorted(_COMPANIES | {'Google', 'Amazon', 'Facebook'}))})\s|"
                         r"Web of Science\b|Google Scholar\b")
_GENERIC_RECOGNITION = {"emotion-recognition", "affective-analysis"}
_ETHICS_TITLE = re.compile(r"\b(?:ethic\w*|legal\w*|laws?|consent|governance)\b", re.I)
# signals of how people use a device, which no modality of the vocabulary names
_INTERACTION = re.compile(r"\b(?:keystrokes?|keyboard|mouse|cursor|touch\w*|typing|haptic\w*|vibrotactile|tactile)\b",
                          re.I)
_CORE_MODALITIES = frozenset({"text", "speech", "face", "eeg", "physio"})  # several of them: multimodal recognition
_SPECIALISE = [  # generic emotion recognition + the paper's modality -> the specific task
    ({"eeg", "physio"}, "physiological-emotion-recognition"),
    ({"music"}, "music-emotion-recognition"),
    ({"speech"}, "speech-emotion-recognition"),
    ({"face"}, "facial-expression-recognition"),
    ({"image"}, "visual-emotion-analysis"),
    ({"text"}, "text-emotion-recognition"),
]
# "Future work includes multimodal approaches combining text and speech": not what this paper reads
# "Future work will ...", "Finally, we outline future directions, including ...": what the paper did not do
_FUTURE_WORK = re.compile(r"(?:In\s+)?(?:[Ff]uture|[Ff]urther)\s+(?:work|research|studies|directions)\b|"
                          r"(?:Finally|Lastly),?\s+we\s+(?:outline|discuss|suggest|propose|identify)\s+(?:\w+\s+)?"
                          r"(?:future|further)\s+(?:work|research|studies|directions)\b")
_TEXT_SIGNAL = re.compile(r"\b(?:LLMs?|large language models?|language models?|texts?|textual|tweets?|posts|"
                          r"(?:cross|multi|mono)[\s-]?lingual|"
                          r"sentences?|(?<!\bother\s)words?|lexic\w+|essays?|"
                          r"comments|(?<!\bpaper\s)(?<!\barticle\s)(?<!\bstudy\s)(?<!\bwork\s)(?<!\bchapter\s)"
                          r"(?<!\bsurvey\s)reviews|narratives|stories|prompts?|natural language processing|NLP|"
                          r"aspect[\s-]based|aspect\s+sentiment|(?:aspect|opinion)\s+terms?|opinion\s+(?:targets?|spans?)|"
                          # (aspect-based sentiment reads text; not "applicable in ... opinion mining")
                          # text encoders ("AngryBERT", "RoBERTa", "XLM-R"), not the speech or vision ones
                          r"(?!(?:Distil)?HuBERT|AudioBERT|WavBERT|VisualBERT|ViLBERT|VideoBERT)[A-Za-z]*BERT[a-z]*|"
                          r"RoBERTa|XLM-R\w*|DeBERTa\w*)\b", re.I)
# "applications in stress monitoring and mental health assessment": a field named, not addressed
_APPLICATION = re.compile(r"\b(?:applications?|applicable|implications|impact|domains?|areas?|fields?|uses?|useful|crucial|"
                          r"important|valuable|benefits?)\b[\s,—–-]*(?:\w+\s+){0,3}?(?:in|to|for|such as|like|"
                          r"including|from|of|e\.g\.|i\.e\.)(?!\w)[^.;:]*$", re.I)
# the paper's own method, named: a name it gives its framework or model is no dataset, even one a catalogue
# holds ("SARC: Sentiment-Augmented Deep Role Clustering ...", "SARC achieves superior performance")
_DATA_WORD = rf"(?:{_DATA_NOUN}|data|collections?|resources?|lexicons?)\b"  # the data nouns, and words for data
_METHOD_NOUN = (r"(?:framework|model|method|approach|network|architecture|system|pipeline|module|strategy|algorithm|"
                r"agent|paradigm|technique|mechanism|scheme|transformer|classifier|detector|encoder|metric)s?")
_PROPOSED_NAME = re.compile(rf"\b(?:propose|present|introduce|develop|design)(?:s|d|ed)?\s+({_NAME})\s*"
                            rf"(?:\([^()]{{2,150}}\)\s*)?,\s*(?:a|an)\s+(?:(?!{_DATA_WORD})[\w-]+\s+){{0,8}}?{_METHOD_NOUN}\b")
_METHOD_BEFORE = re.compile(rf"\b{_METHOD_NOUN}\s+$")
# "ReDepress, the first clinically validated social media dataset": the abstract says the name is data
_CALLED_DATA = re.compile(rf",\s+(?:a|an|the\s+first)\s+(?:(?!{_METHOD_NOUN}\b)[\w-]+\s+){{0,6}}?{_DATA_NOUN}\b")
_NOUN_AFTER = re.compile(rf"\s+{_DATA_NOUN}", re.I)
_METHOD_CALLED = re.compile(rf"\b{_METHOD_NOUN},?\s+(?:called|named|dubbed|termed)\s+({_NAME})")
_TITLE_HEAD = re.compile(rf"({_NAME}):\s")
# "ActorMind" -> "ActorMindBench": data named after a system
_OWN_DATA_SUFFIX = re.compile(r"-?(?:Bench(?:mark)?|DB|Data(?:set)?|Set|Corpus|Eval)")


def _own_data_suffix(rest: str) -> bool:
    """What follows a title's own name in a dataset's name: nothing ("DEEMO: ..." with "The DEEMO dataset"), a
    data word ("ActorMindBench") or a part's mark ("DEEMO-MER")."""
    return not rest or bool(_OWN_DATA_SUFFIX.fullmatch(rest)) or \
        rest[:1] == "-" and bool(_PART_MARK.fullmatch(rest[1:]))


_PERFORMS = re.compile(r"\s+(?:\w+ly\s+)?(?:outperforms|achieves|surpasses|beats)\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|of|from|with|using|to|for|and|or)\s+$", re.I)
_OWN_WORK = re.compile(r"\b(?:we|our|this (?:paper|work|study|article|system|framework|approach|method))\b", re.I)
_PREDICT = re.compile(r"\b(?:recogni(?:[sz]|tion)\w*|predict\w*|estimat\w*|regress\w*|classif\w*|detect\w*|"
                      r"analy[sz]\w*|model(?:s|ing|ling)?|infer\w*|quantif\w*|measur\w*)\b", re.I)
_ESTIMATE = re.compile(r"\b(?:predict\w*|estimat\w*|regress\w*|infer\w*|quantif\w*|measur\w*|"
                       r"recogni(?:[sz]|tion)\w*|track\w*)\b", re.I)
_TONE_TITLE = re.compile(r"\bemotional\s+tone\b", re.I)
_VALENCE_AROUSAL_TITLE = re.compile(r"\b(?:valence|arousal)\b", re.I)
_MAKES = re.compile(r"\b(?:generat\w*|synthe\w*|editing|animation|anonymi[sz]\w*)\b", re.I)
# "Intensity modulates valence and arousal", "Emotional arousal in 2D versus 3D virtual reality": a study of what
# moves people's affect, unless the title also names estimating it
_AFFECT_STUDY_TITLE = re.compile(r"\b(?:effects?\s+of|modulates?|link\s+between|relationships?\s+between|"
                                 r"related\s+to|versus|vs\.?)\s", re.I)
_ESTIMATING_TITLE = re.compile(r"\b(?:recogni(?:[sz]|tion)\w*|predict\w*|estimat\w*|classif\w*|detect\w*|"
                               r"decod\w*|track\w*|sens(?:e|ing))\b", re.I)
_WORD_RATINGS = re.compile(r"\b(?:ratings?|rated|norms)\b", re.I)  # ratings of words collected: a lexicon
_WORDS = re.compile(r"\b(?:words?|word\s+list|vocabulary)\b", re.I)
_LEARNS = re.compile(r"(?:learning|predicting|estimating|inferring|modell?ing)\b", re.I)  # ratings a model predicts
# a title that presents rated stimuli: norms, a validated set, a database of pictures, sounds or film clips
_STIMULUS_SET = re.compile(r"\b(?:norms?|normative|ratings?|rated|validation|validated|valid|database|atlas|"
                           r"picture\s+system)\b", re.I)
_STIMULI = re.compile(r"\b(?:pictures?|images?|photographs?|sounds?|stimuli|film\s+clips?|videos?|"
                      r"music(?:al)?\s+(?:stimuli|excerpts?)|vocali[sz]ations?)\b", re.I)
_AFFECT_OR_DIMENSION = re.compile(r"\b(?:emotion\w*|affect\w*|valence|arousal|feelings?|evocative)\b", re.I)
_PREDICTING_TITLE = re.compile(r"\b(?:recogni[sz]\w*|classif\w*|detect\w*|predict\w*|estimat\w*|analysis|"
                               r"learning|network|model)\b", re.I)
_ANNOTATES = re.compile(r"\b(?:annotat\w*|label\w*|rating\w*|rated|self-report\w*)\b", re.I)
_EXPRESSIVE = re.compile(r"\b(?:empath\w*|expressive)\b", re.I)  # how generation tasks also say "emotional"
_AFFECT_WORDS = r"emotion\w*|emotive|affect\w*|sentiment|expression|feelings?"
_AFFECT_WORD = re.compile(rf"\b(?:{_AFFECT_WORDS})\b", re.I)
_EMOTION_WORD = re.compile(r"\b(?:emotion\w*|affect\w*|expression|feelings?|valence|arousal)\b", re.I)  # sentiment is its own task
# a title that detects, screens for or predicts a mental-health condition ("Depression Screening",
# "Predicting Suicide Risk Level", "Early Detection of Signs of Anorexia"): the condition words and the
# assessing words, in either order, a few words apart
_CONDITION = r"(?:depress\w*|suicid\w*|self-harm|anorexi\w*|eating disorders?|bipolar|mood episodes?|anxiety|PTSD|stress|" \
             r"schizophreni\w*|mental (?:health|disorders?|illness\w*)|burnout|alexithymi\w*)"
# (the condition's markers and indicators too: "Speech-based markers for posttraumatic stress disorder")
_ASSESSING = r"(?:detect\w*|screen\w*|predict\w*|identif\w*|assess\w*|diagnos\w*|recogni(?:[sz]|tion)\w*|estimat\w*|" \
             r"classif\w*|monitor\w*|(?:bio)?markers?|indicators?)"
# ("Emotion Recognition in Psychotherapy to Transform Mental Health Care" recognises emotions, not a condition)
_CONDITION_TITLE = re.compile(rf"(?<!emotion )(?<!emotions )\b{_ASSESSING}\s+(?:[\w'’-]+\s+){{0,4}}?{_CONDITION}|"
                              rf"\b{_CONDITION}\s+(?:[\w'’-]+\s+){{0,2}}?{_ASSESSING}", re.I)
# a title about a chatbot, dialogue system or response generator that feels, shows or adapts to emotion
# ("Towards an Emotion-Affective Open-Domain Chatbot", "What If Bots Feel Moods?", "A Tone-aware Chatbot")
_RESPONDER = re.compile(r"\b(?:chat\s?bots?|(?:chat)?bots|dialog(?:ue)? (?:systems?|agents?|models?)|conversational "
                        r"(?:agents?|systems?)|response (?:generation|selection|retrieval)|(?:retrieval|generation)"
                        r"-based (?:dialog(?:ue)?|response|chatbot)\w*)\b", re.I)
_FEELING = re.compile(r"\b(?:emotion\w*|affect(?:ive|ion)\w*|feel\w*|moods?|tone-aware|empath\w*|sentiment)\b", re.I)
# "Empathy, Emotion and Personality Detection", "Sentiment and Emotion Classification": one action noun
# shared by a list of objects
_COORDINATED = re.compile(r"\b(?P<list>(?:[A-Za-z][\w-]*,\s+){0,4}[A-Za-z][\w-]*,?\s+(?:and|&|or)\s+)[A-Za-z][\w-]*\s+"
                          r"(?P<head>detection|recognition|classification|prediction|analysis|estimation|generation|"
                          r"synthesis)\b", re.I)
# an affect lexicon or affective word representations are built for recognising emotions in text
# ("FEIL: Emotion Lexicons for Finnish", "Affective Retrofitted Word Embeddings")
_LEXICON_TITLE = re.compile(r"\b(?:lexic\w*|word (?:embeddings?|representations?|vectors?))\b|\w+2vec\b", re.I)
# the paper's own sentence that sorts, reads or labels emotions ("we classify the emotions expressed in
# tweets"), unless it generates them or reads them from the voice or the face
_EMOTION_CLAIM = re.compile(r"\b(?:emotions?|emotional (?:states?|expressions?|content|categories|labels))\b", re.I)
_ANALYSING = re.compile(r"\b(?:detect|recogni[sz]|classif|identif|predict|analy[sz]|extract|categori[sz]|label|annotat|"
                        r"min(?:e|es|ed|ing)\b|model)\w*", re.I)
_NOT_TEXT_CLAIM = re.compile(r"\b(?:generat|respon|support|synthes|speech|voice|audio|image|video|face|facial)\w*", re.I)
# tasks that already say how the paper reads emotions: no reason to add text emotion recognition
_EMOTION_TASKS = tuple(TASK + t for t in ("visual-emotion-analysis", "emotional-intelligence-evaluation",
                                          "empathetic-response-generation", "emotional-support-conversation",
                                          "emotion-reasoning", "emotion-cause-analysis", "emotion-in-llm-internals"))
# substrings one of which each title pattern needs: a cheap test before the pattern
_TITLE_WORDS = {
    _CONDITION_TITLE: ("depress", "suicid", "self-harm", "anorexi", "eating disorder", "bipolar", "mood episode",
                       "anxiety", "ptsd", "schizophreni", "mental ", "stress", "burnout", "alexithymi"),
    _RESPONDER: ("bot", "dialog", "conversational", "response"),
    _LEXICON_TITLE: ("lexic", "word", "2vec"),
}
_ANNOTATION_TITLE = re.compile(r"\b(?:emotion|affect|sentiment)\w*\s+annotations?\b|\bannotations?\s+(?:of|for)\s+(?:\w+\s+)?"
                               r"(?:emotion|affect|sentiment|valence|arousal)\w*|\b(?:valence|arousal)\w*\s+annotations?\b|"
                               r"\bannotation (?:consensus|agreement|quality|tools?|bias\w*|errors?|noise)|\bcrowdsourc\w*|"
                               r"\b(?:emotion|affect|sentiment)\w*\s+label(?:l?ing|ers?)\b|"
                               r"\bannotators?\b|"
                               r"\bannotating\b(?:\s+[\w-]+){0,4}?\s+(?:emotion|affect|sentiment|empath)\w*", re.I)
_LLM = re.compile(r"\b(?:M?LLMs?|large language models?|language models?|(?:Chat)?GPT(?:-\d\w*)?)\b", re.I)
# "the emotional reasoning abilities of LLMs", "whether LLMs can reason about emotions"
_CAPABILITY = re.compile(r"\b(?:abilit(?:y|ies)|capabilit(?:y|ies)|proficien\w+|whether|how (?:well )?(?:M?LLMs|models|they))\b",
                         re.I)
_EVALUATES = re.compile(r"\b(?:evaluat\w*|benchmark\w*|assess\w*|percei\w+|perception)\b", re.I)
_EMPATHY = re.compile(r"\bempath\w*", re.I)
_EMOTION_TRIGGERS = re.compile(r"\b(?:emotion\w*|feel\w*)\b.{0,40}\btriggers?\b|\btriggers?\s+of\s+(?:\w+\s+)?emotions?\b",
                               re.I)
# affect in the time of a pandemic: studied in what the public posted
_PANDEMIC = re.compile(r"\b(?:covid\w*|pandemic|lockdown|vaccin\w*|coronavirus)\b", re.I)
# a verb of measuring a few words before "empathy" in a title: the empathy is what is measured
_MEASURING_EMPATHY = re.compile(r"\b(?:measur|evaluat|assess|predict|estimat|detect|recogni|quantif)\w*\s+"
                                r"(?:[\w'-]+\s+){0,2}?empathy\b", re.I)
# "Is ChatGPT More Empathetic than Humans?": the models measured against people
_THAN_HUMANS = re.compile(r"\b(?:than|or|vs\.?|versus)\s+humans?\b|\bhumans?\s+(?:or|vs\.?|versus)\b", re.I)
_PREDICT_TASK = re.compile(r"\b(?:recogni[sz]\w*|recognition|detect\w*|classif\w*)\b", re.I)
_INTERNALS = re.compile(r"\b(?:representations?|latent|internal\w*|neurons?|circuits?|hidden states?|activations?|"
                        r"prob(?:e|es|ing)|mechanistic\w*|steering)\b", re.I)
_DIMENSIONAL = re.compile(r"\bdimensional\s+(?:[\w-]+\s+){0,2}?(?:emotions?|affect|emotion recognition)\b", re.I)
_AROUSAL = re.compile(r"\barousal\b", re.I)
_SUPPORT_TYPES = re.compile(r"\b(?:informational|instrumental)\b[^.]*\bsupport\b|\bappraisal support\b", re.I)
# "annual appraisal process", "appraisal of the classifier", "emotional appraisals of music": a rating, not the theory
# ("a dataset of human appraisals and ... descriptions"; a review's "excessive appraisal" is praise; a systematic
# review's "Critical Appraisal Checklist" rates the studies' quality)
_RATED_BEFORE = re.compile(r"\b(?:annual|performance|musical|subjective|human|affective|stress|excessive|undue|clinical|"
                           r"clinicians?['’]?|expert|psychiatric|"
                           r"critical|(?:listener|participant|user|rater)s?['’]?)\s+$", re.I)
_AN_BEFORE_OF = (re.compile(r"\b[Aa]n\s+$"), re.compile(r"\s+of\b"))  # "An Appraisal of Kinect Face Tracking
# Library": an evaluation of a tool
_RATED_AFTER = re.compile(r"s?\s+(?:process\b|of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:music\w*|songs?|classifiers?|"
                          r"descriptions?|sounds?|soundscapes?|pictures?|images?|videos?)\b)", re.I)
# "formats (such as Basic Emotions or Valence-Arousal-Dominance)": a representation named beside another
_BASIC_EMOTIONS_NAMED = re.compile(r"\b(?:such as|like|e\.g\.,?)\s+(Basic Emotions)(?=\s+(?:or|and)\s+[A-Z])")
_SIX_BASIC = re.compile(r"\b(?:six|6)\s+(?:(?:most|widely|commonly|generally|universally|agreed|upon|accepted|"
                        r"well-known|so-called|classic|classical|prototypical|canonical)\s+){0,4}"  # "the six most widely
                        # agreed upon basic emotion categories"
                        r"(?:basic|primary|fundamental|universal|discrete)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:emotions?|expressions?|emotional\s+states?|emotion\s+categories)\b", re.I)
# "pleasure, arousal, and dominance" (PAD), "activation, valence, and dominance": the dimensions by other names
_DIMENSION_PAIR = re.compile(r"\b(?:valence|pleasure)\W+(?:\w+\W+){0,3}?(?:arousal|activation)\b|"
                             r"\b(?:arousal|activation)\W+(?:\w+\W+){0,3}?(?:valence|pleasure)\b", re.I)
_VALENCE = re.compile(r"\bvalence\b", re.I)
_PLATFORM = re.compile(r"\b(?:social media|social networks?|online (?:discourse|communit\w+|forums?)|Reddit|"
                       r"Twitter|tweets?|Weibo|YouTube|TikTok|Facebook|Instagram|Tumblr|subreddits?|(?:micro-?)?blogs?|"
                       r"blogosphere|bloggers?|LiveJournal|"
                       r"(?:internet )?memes?)\b", re.I)  # memes live on social media
# "Emotions in Health-Related Online Posts", "Emoji Use", "Online News Comments": what people write online
# (not "post-war", "Post-level", "user-generated videos")
_ONLINE_TITLE = re.compile(r"(?<!-)\b(?:posts?(?!-)|emojis?|online\s+(?:news\s+)?comments?|netizens?|"
                           r"user[- ]generated(?!\s+(?:videos?|images?|photos?)))\b", re.I)
# what a public feels about something, as its posts show it ("COVID-19 Vaccines Sentiments on Social Media",
# "people's perceptions towards climate change on social media")
_PUBLIC_FEELING = re.compile(rf"\b(?:{_AFFECT_WORDS}|sentiments|attitudes?|perceptions?|opinions?|concerns?|moods?)\b",
                             re.I)
# tasks about one person or one dialogue: a platform named beside them is where the data came from
_PERSON_LEVEL = ("mental-health-assessment", "emotion-recognition-in-conversation", "personality-detection")
# (a video conversation or video call is a meeting watched on camera, not a dialogue's turns)
_CONVERSATION = re.compile(r"\b(?<!video )(?:conversations?|conversational|dialogues?|dialogs?|multi-party|utterances?)\b",
                           re.I)
# "missing modalities" only arise where several modalities are combined
# "multimodal", "audio-visual": several channels; "a multimodal model (CLIP)", "Multimodal Large Language Models"
# name a tool, which may read one channel only
_SENTIMENT_TITLE = re.compile(r"\b(?:sentiments?|opinions?|polarity)\b", re.I)
_SENTIMENT_ELSEWHERE = re.compile(r"\b(?:transfer\w*|translat\w*|generat\w*|music\w*)\b", re.I)
# "Visual Art", "Artworks", "Paintings"; not "State-of-the-Art", "Where Art Thou", an art museum or art therapy
_ART_TITLE = re.compile(r"\b(?:art(?<!state-of-the-art)(?<!state of the art)"
                        r"(?!\s+(?:thou|museums?|galler(?:y|ies)|therapy)\b)|artworks?|paintings?)\b", re.I)
_TITLE_WORDS.update({_SENTIMENT_TITLE: ("sentiment", "opinion", "polarity"), _ART_TITLE: ("art", "painting"),
                     _PANDEMIC: ("covid", "pandemic", "lockdown", "vaccin", "coronavirus")})
_MAKES_ART = re.compile(r"\b(?:generat\w*|creat\w*|synthes\w*|captioning|editing|transfer)\b", re.I)
_SEVERAL_CHANNELS = re.compile(r"multi[\s-]?modal|modalit|audio[\s-]?visual|cross[\s-]modal|\bfusion\b", re.I)
_MULTI = re.compile(r"\bmulti(?<!pretrained multi)(?<!pre-trained multi)[\s-]?modal\w*"
                    r"(?!\s+(?:large\s+)?(?:language|foundation|vision[\s-]language)\s+models?\b|\s+M?LLMs?\b)|"
                    r"\b(?:audio[\s-]?visual|visual[\s-]audio)\b|\btri[\s-]?modal\b|"
                    r"\bmissing[\s-]modalit(?:y|ies)\b", re.I)
_CHANNEL_FREE = (TASK + "emotion-recognition-in-conversation", TASK + "dimensional-affect-prediction")
# the paper recognises emotions: "emotion detection", "classify the expressed emotions"
_RECOGNISING_EMOTIONS = re.compile(r"\bemotions?\s+(?:detection|recognition|classification|analysis|identification|"
                                   r"mining|extraction|prediction)\b|\b(?:detect|classify|identify|recogni[sz]e|predict|"
                                   r"extract|analy[sz]e)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?emotions?\b", re.I)
# tasks that use emotions without recognising them from a signal: multimodal talk there is about the models
_NOT_RECOGNITION = ("emotional-intelligence-evaluation", "emotion-reasoning", "emotion-cause-analysis", "generation",
                    "synthesis", "misinformation")
_SENTIMENT_WORD = re.compile(r"\b(?<!moral )sentiments?\b|\bopinion mining\b|\bpolarit(?:y|ies)\b", re.I)
# sentiment as a style to transfer, translate or generate, or beside sarcasm, satire or stance: not what is analysed
_SENTIMENT_AS_MEANS = re.compile(r"\b(?:transfer\w*|translat\w*|generat\w*|style|sarcas\w*|satir\w*|stance)\b", re.I)
# how emotion labels were made is part of the paper's subject: who labelled, how they were guided and agreed
_ANNOTATION_PROCESS = re.compile(r"\b(?:annotators|raters|crowd-?workers|inter-annotator|inter-rater|annotation\s+"
                                 r"(?:process|scheme|guidelines|protocol|procedure|strategy|tool))\b", re.I)
# a robot, virtual agent or animated character that shows emotion with its body: the paper makes it do so
# ("Interpretation of Emotional Body Language Displayed by Robots", "Emotive Character Animations")
_EMBODIED = re.compile(r"\b(?:robots?|robotic|humanoids?|virtual (?:agents?|characters?|humans?)|avatars?|"
                       r"(?:animated|virtual|3D) characters?|character animations?|embodied (?:conversational )?agents?)\b",
                       re.I)
_BODY_MOTION = re.compile(r"\b(?:body|bodily|gaits?|gestures?|motions?|movements?|postures?|animations?)\b", re.I)
_SHOWS = re.compile(r"\b(?:express\w*|display\w*|generat\w*|synthes\w*|animat\w*|convey\w*|communicat\w*|"
                    r"perception|perceiv\w*|interpret\w*|creat\w*)\b|\bbody language\b|\brobot'?s\b", re.I)
_TITLE_WORDS[_EMBODIED] = ("robot", "humanoid", "virtual", "avatar", "character", "agent")
_MOVING_FACE = re.compile(r"\bmicro[\s-]?expressions?\b|\bdynamic facial expressions?\b|微表情", re.I)
# a verb with an adjective before its object, which the gazetteer's "detecting emotions" does not cover
_DETECT = r"detect|recogni[sz]|classify|identify"
_DETECTING_EMOTIONS = re.compile(rf"\b(?:{_DETECT})(?:ing)?\s+(?:[A-Za-z-]+\s+){{1,2}}?emotions\b", re.I)
# in the paper's own sentence, "extract" too and no word between: "identifying and extracting emotions from texts"
# and any form of the verb: "a system which extracts the emotions from the reviews", "it identifies emotions"
_EXTRACTING_EMOTIONS = re.compile(r"\b(?:(?:detect|extract)(?:s|ing)?|recogni[sz](?:e|es|ing)|(?:classif|identif)(?:y|ies|ying))"
                                  r"\s+(?:[A-Za-z-]+\s+){0,2}?emotions\b", re.I)
# "Detection of Real-world Driving-induced Affective State", "Emotion Monitoring", "Arousal Recognition":
# an assessing word a few words before an affect noun, or a task noun right after it, names the generic
# task in a title; the words between are not a preposition ("Personality Detection with ... Emotion")
_AFFECT_NOUN = r"(?:emotions?|emotional\s+(?:states?|responses?|reactions?|valence|arousal)|" \
               r"affective\s+(?:states?|responses?|reactions?)|affect|moods?|arousal|valence|feelings)"
_ASSESSING_AFFECT = re.compile(
    rf"\b(?:detect|recogni[sz]|classif|identif|predict|estimat|monitor|decod|infer)\w*\s+(?:(?:of|the)\s+)*"
    rf"(?:(?!(?:with|for|using|via|by|from|in|on|and|to|through)\s)[\w-]+\s+){{0,3}}?{_AFFECT_NOUN}\b|"
    rf"\b{_AFFECT_NOUN}\s+(?:[\w-]+\s+)?(?:detection|recognition|classification|prediction|estimation|monitoring|"
    rf"tracking|decoding|inference)\b", re.I)
# a sentence about other people's work, which names the emotion models they use
_OTHERS_WORK = re.compile(r"(?:(?:However|But|Yet|Still|Unfortunately|Currently|Nevertheless),?\s+)?"
                          r"(?:[Mm]ost|[Mm]any|[Pp]revious|[Pp]rior|[Ee]xisting|[Tt]raditional|[Cc]onventional|"
                          r"[Ee]arlier|[Pp]ast|[Rr]elated|[Oo]ther)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:approaches|works?|studies|research|methods|systems|models)\b")
# "The underlying emotion models in the existing studies follow ... Plutchik or VAD"
# (or "Models for ... have shown progress, but they commonly rely only on basic emotion theories")
_IN_OTHERS_WORK = re.compile(r"\b(?:in|of|by)\s+(?:the\s+)?(?:existing|previous|prior|earlier)\s+(?:studies|works?|"
                             r"research|literature|approaches|methods)\b|\b(?:but|yet)\s+they\s+(?:\w+ly\s+)?"
                             r"(?:only\s+)?(?:rely|focus|depend)\b|^In\s+the\s+literature\b|"
                             # "There have been numerous studies that employ modalities like audio, images, videos"
                             r"^There\s+(?:have\s+been|has\s+been|are|exist|were)\s+(?:many|numerous|several|various|"
                             r"a\s+(?:number|lot|variety)\s+of)\s+(?:[\w-]+\s+)?(?:studies|works|approaches|attempts|"
                             r"methods|papers|efforts)\b")
_SURVEY = re.compile(r"\b(?:survey|review|overview)\b", re.I)
_CHANNEL = r"(?:acoustic|audio|auditory|visual|video|textual|lexical|text|speech)"
# "the fusion of the acoustic and lexical features": two channels fused
_MULTI_OWN = re.compile(rf"{_MULTI.pattern}|\b{_CHANNEL}\s+and\s+{_CHANNEL}\b", re.I)


class Sentence(NamedTuple):  # a tuple: made for every sentence of every paper, faster to create than a dataclass
    start: int
    end: int
    text: str
    in_title: bool


# LaTeX markup of arXiv abstracts: a formatting command's braces around words, or a citation; and the emphasis marks
# of Markdown ("three _NewsEmpathy_ datasets")
_MARKUP = re.compile(r"\\(?:textbf|textit|textsc|texttt|textrm|textsf|emph|underline|mathbf|mathrm|mathit|text)"
                     r"\{([^{}\\]*)\}|\\cite[pt]?\{[^{}\\]*\}|(?<![\w\\])([_*]{1,2})([A-Za-z][^_*\n]{0,60}?)\2(?!\w)")
_MARK_CHARS = ("\\", "_", "*")


def _unmarked(text: str) -> str:
    """The words of ``text`` without markup, each at its own offset (the markup becomes spaces)."""
    if not any(c in text for c in _MARK_CHARS):
        return text
    return _MARKUP.sub(_blank_markup, text)


def _blank_markup(m: re.Match) -> str:
    group = 1 if m.group(1) is not None else 3 if m.group(3) is not None else 0
    if not group:
        return " " * len(m[0])  # a citation
    start, end = m.start(group) - m.start(), m.end(group) - m.start()
    return " " * start + m[group] + " " * (len(m[0]) - end)


def sentences(title: str, abstract: str) -> list[Sentence]:
    """The title, then the abstract's sentences, with offsets into ``title + "\\n" + abstract``."""
    out = [Sentence(0, len(title), title, True)]
    base = len(title) + 1
    start = 0
    for end in _SENTENCE_END.finditer(abstract):  # (a scan for the stop is faster than a split on lookarounds)
        out.append(Sentence(base + start, base + end.start() + 1, abstract[start:end.start() + 1], False))
        start = end.end()
    if abstract:
        out.append(Sentence(base + start, base + len(abstract), abstract[start:], False))
    return out


class Extractor:
    """Holds the compiled gazetteer; ``extract`` is then a pure function of one paper."""

    def __init__(self, vocab: Vocabulary, task_model: classify.TaskModel | None | bool = True) -> None:
        """``task_model``: the shipped classifier (True), another one, or None for the rules alone."""
        self.vocab = vocab
        self.task_model = classify.load() if task_model is True else task_model or None
        self.gazetteer = Gazetteer(vocab)
        self.catalogue = vocab.dataset_names
        self.catalogued = {c.iri for c in vocab.of_kind("dataset")}
        # the title of the paper each catalogued dataset is cited by: that paper made it
        self.made_in = {title_key(t): c.iri for c in vocab.of_kind("dataset") for t in cited_titles(c.cited)}
        self.owners: dict[str, set[str]] = {}  # label key -> IRIs of the concepts that carry the label
        for c in vocab.concepts.values():
            for label in c.labels:
                if label:
                    self.owners.setdefault(title_key(label), set()).add(c.iri)
        # grouping concepts (targets of skos:broader) are not addressed directly
        self.groups = {b for c in vocab.of_kind("task") for b in c.links.get("broader", [])}
        self.affect_cores = [(iri, core) for iri, core in _affect_cores(vocab) if iri not in self.groups]
        # most titles hold none of them: one scan decides whether to try each
        self.any_core = re.compile("|".join(f"(?:{core.pattern})" for _, core in self.affect_cores) or "(?!)", re.I)
        # the categories of the vocabulary's emotion models ("anger", "joy", "trust"), longest first
        labels = sorted({label for c in vocab.of_kind("category") for label in c.labels if label}, key=len, reverse=True)
        self.categories = re.compile(r"\b(?:" + "|".join(map(re.escape, labels)) + r")\b" if labels else "(?!)", re.I)
        self._catalogued_spans: list[tuple[int, int]] = []  # the paper's catalogue matches, while _datasets runs
        self._coined: set[str] = set()  # catalogued acronyms the paper spells out as its own term, likewise
        self._short_forms: dict[str, Concept] = {}  # "EMPATHETICDIALOGUE (ED)": the paper's own short names for them
        self._text = ""  # the paper being read, for what _discovered asks of the whole text
        self._long_forms: dict[str, Concept] = {}  # keyed by title_key: what a catalogued short name is spelt out as

    def extract(self, paper: Paper) -> Extraction:
        if not any(c in paper.abstract or c in paper.title for c in _MARK_CHARS):
            return self._extract(paper)
        # "we present \\textbf{CareBench-CBT}": read the words without their markup, at the same offsets, and
        # quote the evidence as written
        plain = paper._replace(title=_unmarked(paper.title), abstract=_unmarked(paper.abstract))
        out = self._extract(plain)
        text = paper.title + "\n" + paper.abstract
        written = {s.text: text[s.start:s.end] for s in sentences(plain.title, plain.abstract)}
        out.mentions = [m._replace(sentence=written[m.sentence]) for m in out.mentions]
        return out

    def _extract(self, paper: Paper) -> Extraction:
        text = paper.title + "\n" + paper.abstract
        folded = fold(text)  # lower-case, same offsets: cheap substring tests before the regexes
        sents = sentences(paper.title, paper.abstract)
        matches = self.gazetteer.find(text, folded)
        if " and " in paper.title or "&" in paper.title:
            matches = matches + self._coordinated(paper.title)
        by_kind: dict[str, list[tuple[Match, Sentence]]] = {}
        for m in matches:
            by_kind.setdefault(m.concept.kind, []).append((m, _sentence_of(sents, m.start)))
        out = Extraction()
        found_datasets = by_kind.get("dataset", [])
        if found_datasets and "task" in by_kind:
            # "Empathetic Dialogue Generation" names a task; the dataset's name inside it is not a mention
            found_datasets = _outside(found_datasets, [(t.start, t.end) for t, _ in by_kind["task"]])
        datasets = self._datasets(found_datasets, sents, text, folded, out)
        found_modalities = by_kind.get("modality", [])
        if found_modalities and found_datasets:
            # "the Ryerson Audio-Visual Database of Emotional Speech and Song": words of a dataset's name
            found_modalities = _outside(found_modalities,
                                        [(d.start, d.end) for d, _ in found_datasets if " " in d.surface])
        if found_modalities:
            # "the IEEE Conference on Automatic Face and Gesture Recognition", "the Chinese Natural Audio-Visual
            # Emotion Database (CHEAVD)": words of a venue's or a dataset's name, not what the paper reads
            found_modalities = _outside(found_modalities, _proper_names(text, len(paper.title)))
        # animals' calls, the sounds of places and things: no speech, nor the text it'd fall to
        calls = _animal_calls(found_modalities, sents[0].text) or _sounds_not_speech(found_modalities, text)
        modalities = self._modalities(found_modalities, sents, calls)
        _listed_channels(modalities, sents)
        if MODALITY + "video" not in modalities and ("expression" in folded and ("micro" in folded or "dynamic facial"
                                                                                in folded) or "微表情" in folded) and \
                (hit := _MOVING_FACE.search(text)):
            # micro-expressions and dynamic expressions exist only in frame sequences
            s = _sentence_of(sents, hit.start())
            modalities[MODALITY + "video"] = (_pseudo(s, _MOVING_FACE.search(s.text)), s, "moving-face", 0.7)
        _frames_not_images(modalities, found_modalities)
        _visual_images(modalities, found_modalities)
        models = self._models(by_kind.get("model", []), sents, folded)
        self._dataset_taxonomies(datasets, models)
        text_hint = None
        if not modalities and not calls and (signal := _text_signal(text, sents)):
            # an LLM / text paper that names no modality works on text
            text_hint = (_pseudo(*signal), signal[0], "text-signal", 0.6)
        hinted = set(modalities) or self._dataset_modalities(datasets) or ({MODALITY + "text"} if text_hint else set())
        tasks = self._tasks(by_kind.get("task", []), sents, hinted, models, by_kind.get("modality", []),
                            folded[len(paper.title) + 1:])
        _stress_from_signals(tasks, modalities)
        _sarcasm_serves_sentiment(tasks, sents[0].text)
        _physiological_part(tasks, modalities)
        _channel_alone(tasks, modalities, text, sents[0].text)
        _dimensional_channel(tasks, modalities)
        _intensity_in_text(tasks, set(modalities) | hinted, sents[0])
        if self.task_model is not None:
            self._learned_tasks(paper, sents, tasks, add=not calls)
        _summary_classifies_nothing(tasks, sents[0].text)
        _controlled_generation(tasks, sents[0].text)
        _faces_made_not_read(tasks, sents[0].text)
        _muscles_not_faces(tasks, modalities, sents[0].text)
        _machine_personality(tasks, text)
        _work_state_not_feeling(tasks, sents[0].text)
        _ratings_not_predicted(tasks)
        _people_perceiving(tasks, sents[0].text)
        _dimensional_sentiment(tasks, folded)
        seen = {MODALITY + "video", MODALITY + "face"} & set(modalities)
        for task, (m, s, _rule, _conf) in tasks.items():
            for mod in self.vocab.concepts[task].links.get("impliesModality", []):
                if mod == MODALITY + "image" and (MODALITY + "video" in seen or
                                                   seen and task == TASK + "visual-emotion-analysis"):
                    continue  # visual emotion analysis of videos or faces found reads no still image (a generated
                    # face is one)
                if mod == MODALITY + "text" and task == TASK + "social-media-affect-analysis" and \
                        _PICTURES_TITLE.search(sents[0].text):
                    continue  # "Predicting Depression with Social Media Images", "#Me: ... selfie-posting": the posts
                    # read are pictures (text stays when a text word is found)
                modalities.setdefault(mod, (m, s, "implied-by-task", 0.7))
        if text_hint and not modalities:
            modalities[MODALITY + "text"] = text_hint
        if not modalities and (sentiment := tasks.get(TASK + "sentiment-analysis")) and not calls and \
                not _SEVERAL_CHANNELS.search(text):
            # sentiment analysis that names no channel reads text ("aspect-term sentiment classification"); a
            # multimodal one that names none leaves its channels open
            m, s, _rule, _conf = sentiment
            modalities[MODALITY + "text"] = (m, s, "sentiment-reads-text", 0.55)
        elif not modalities and not calls and (word := _READS_TEXT_TITLE.search(sents[0].text)) and \
                not _SEVERAL_CHANNELS.search(text):
            # so do sarcasm or irony detection and opinion summarisation ("Generalizable Sarcasm Detection ...")
            modalities[MODALITY + "text"] = (Match(word.start(), word.end(), None, word.group(0)), sents[0],
                                             "title-reads-text", 0.55)
        _channels_of_the_title(modalities, tasks, sents[0])
        _media_unread(modalities, tasks, text, sents[0].text)
        if TASK + "emotional-talking-face-generation" in tasks:
            modalities.pop(MODALITY + "image", None)  # the portrait it animates is an input; the output is video
        _behaviour_only(modalities, found_modalities, sents[0].text)
        _films_unseen(modalities, found_modalities, text)
        for pred, found in (("usesDataset", datasets[0]), ("introducesDataset", datasets[1]),
                            ("addressesTask", tasks), ("usesModality", modalities), ("usesEmotionModel", models)):
            for target, (m, s, rule, conf) in sorted(found.items()):
                out.mentions.append(Mention(pred, target, m.surface, s.text, m.start, m.end, rule, conf))
        return out

    # --- datasets -----------------------------------------------------------------------
    def _coordinated(self, title: str) -> list[Match]:
        """Tasks named by coordination in the title: "Empathy, Emotion and Personality Detection" names
        emotion detection and empathy detection too (the gazetteer sees only "Personality Detection")."""
        out = []
        for hit in _COORDINATED.finditer(title):
            head = hit.group("head")
            for part in re.finditer(r"[A-Za-z][\w-]*", hit.group("list")):
                if part.group(0).lower() in ("and", "or"):
                    continue
                phrase = f"{part.group(0)} {head}"
                for m in self.gazetteer.find(phrase):
                    if m.concept.kind == "task" and m.start == 0 and m.end == len(phrase):
                        out.append(Match(hit.start("list") + part.start(), hit.start("list") + part.end(),
                                         m.concept, part.group(0)))
        return out

    def _datasets(self, found, sents, text: str, folded: str, out: Extraction):
        uses: dict[str, tuple] = {}
        intro: dict[str, tuple] = {}
        self._short_forms = {short.group(1): m.concept for m, s in found  # (not "Multilingual MELD (M-MELD)")
                             if (short := _SHORT_FORM_AFTER.match(s.text, m.end - s.start)) and
                             m.surface.lower() not in short.group(1).lower() and
                             not _EDITION_BRACKET.match(s.text, m.end - s.start) and  # (an edition: "(AV+EC 2015)")
                             not _language_short_named(m, s)}  # ("Korean Empathetic Dialogues (KoED)": another's)
        # "the Stanford Large Movie Review Dataset (IMDB)": the long form a catalogued short name is spelt out as
        self._long_forms = {title_key(_TRAILING_DATA_NOUN.sub("", long.group(1).strip())): m.concept for m, s in found
                            if text[m.end:m.end + 1] == ")" and
                            (long := _LONG_FORM_BEFORE.search(text, max(0, m.start - 100), m.start))}
        # "Multimodal Sarcasm Explanation (MuSE)" is not the MuSe challenge: an acronym the paper spells out in words
        # that none of the dataset's labels has ("the Toronto English Speech Set (TESS)" keeps TESS)
        foreign = {m.surface for m, s in found if self._coined_acronym(m, s) or _names_own_method(m, s)}
        self._coined = foreign  # read by _discovered, with the spans below: a coined name may be new data
        self._text = text
        self._catalogued_spans = [(m.start, m.end) for m, _ in found if m.surface not in foreign]
        paired_short: dict[str, str] = {}  # "KoED" of "Korean Empathetic Dialogues (KoED)" -> the pair's IRI
        for m, s in found:
            if _inside_longer_name(m, s) or m.surface in foreign or \
                    (m.surface.lower().endswith(("challenge", "competition")) and
                     (edition := _EDITION_BRACKET.match(s.text, m.end - s.start)) and
                     edition.group(1).lower() not in _NOT_DATASETS):
                continue  # ("the Audio-Visual Emotion Challenge (AV+EC 2015)": the edition in brackets names it; not
                # "the 10th ABAW Competition (CVPR 2026)", a venue's year)
            # "AffectNet+", "MUStARD++": a dataset built on the catalogued one; "Chinese EmoBank: Building ...": its
            # counterpart in a language
            language = "" if (plus := _plus_after(m, s)) else _language_before(m, s, sents[0])
            # "Hindi SentiWordNet (H-SWN)": a language's counterpart, with a short name of its own
            paired = "" if plus or language else _language_short_named(m, s)
            prefix = "" if plus or language or paired else _prefix_before(m, s)  # "s-Aff-Wild2": a static version
            if plus:
                m = Match(m.start, m.end + len(plus), m.concept, m.surface + plus)
            elif language or paired or prefix:
                qualifier = language or paired or prefix
                m = Match(m.start - len(qualifier), m.end, m.concept, qualifier + m.surface)
            if _bare_year_of_other_task(m, text):
                continue
            role, rule, conf = self._role(m, s)
            if role is None:
                continue
            iri = m.concept.iri
            if plus or language or paired or prefix:
                iri = _discover(out, m.surface)
                rule += "+derived-name"
                if language:
                    role = "introduces"
                elif paired:  # "Marathi SentiWordNet (M-SWN) is developed": said of the pair and its short form
                    short_form = _SHORT_FORM.match(s.text, m.end - s.start)
                    paired_short[dataset_iri(short_form.group(1))] = iri  # one dataset, whichever form is read
                    after = short_form.end()
                    made = _CREATED_AFTER.match(s.text, after) or _introduced_here(s.text[:m.start - s.start])
                    role = "introduces" if made else "uses"
            (intro if role == "introduces" else uses).setdefault(iri, (m, s, rule, conf))
        self._siblings(found, uses, intro, out)
        title_end = len(sents[0].text)
        challenge_text = text if any(w in folded for w in _CHALLENGE_WORDS) else text[:title_end]
        for pm in _CHALLENGE_YEAR.finditer(challenge_text) if _ANY_YEAR.search(challenge_text) else ():
            name = pm.group(1)
            if _EDITION_TASK.match(challenge_text, pm.end(1)):
                continue  # "WASSA 2024 Shared Task 2": the numbered-task rule names that task
            if _FEATURES_OF.search(challenge_text, max(0, pm.start(1) - 60), pm.start(1)):
                continue  # "the feature set introduced in the Interspeech 2010 Paralinguistics Challenge": its features
            if (head := _ANY_YEAR.sub("", name.split()[0]).lower()) in _NOT_DATASETS or head in _VENUES:
                # "the CVPR 2023 Competition on ...": a venue's year, not the challenge's name; a venue's
                # challenge is named in full ("INTERSPEECH 2020 Computational Paralinguistics Challenge")
                venue_challenge = _VENUE_CHALLENGE_TITLE if pm.start(1) < title_end else _VENUE_CHALLENGE
                if not (full := venue_challenge.match(challenge_text, pm.end(1))):
                    continue
                name = " ".join(re.sub(r"[:“”\"]|(?<=[a-z])(?=(?:19|20)\d\d)", " ",
                                       challenge_text[pm.start(1):full.end()]).split())  # ("Interspeech2009")
                if name.lower().endswith(" task") and self.catalogue.get(name[:-5]) is not None:
                    name = name[:-5]  # "MediaEval 2013: Emotion in Music Task" is the catalogued task
            name = re.sub(r"(?<=[a-z])(?=(?:19|20)\d\d$)", " ", name)  # "StanceEval2024" is "StanceEval 2024"
            if pm.start(1) < title_end and challenge_text[:pm.start(1)].rstrip().endswith("@") and \
                    name.split()[0].split("-")[0].lower() not in folded[title_end:] and \
                    not _SHARED_TASK_AFTER.match(challenge_text, pm.end(1)):
                continue  # "Wictory@DravidianLangTech 2025: ..." with an abstract that never names it: the workshop
                # the team wrote for, not data the paper says it used
            s = _sentence_of(sents, pm.start(1))
            self._discovered(name, s, pm.start(1) - s.start, "challenge-year",
                             _organisers_paper(s, pm.end(1) - s.start) or
                             _heads_title(text, pm.start(1), s) and not _PARTICIPANT.search(text, title_end),
                             uses, intro, out)
        if head := _OVERVIEW_OF_EDITION.match(sents[0].text):
            # "Overview of TASS 2016", "Overview of eRisk at CLEF 2020: ...": the organisers' overview of an edition
            self._discovered(f"{head.group(1)} {head.group(2)}", sents[0], head.start(1), "challenge-year", True,
                             uses, intro, out, length=head.end(2) - head.start(1))
        if head := _EDITION_AT_VENUE.match(sents[0].text):  # (the name and its year, as the title spells them)
            if track := _OVERVIEWED_TRACK.match(sents[0].text, head.end()):
                # "PAN at FIRE: Overview of the PR-SOCO Track on ...": the lab's track, named after "Overview of"
                self._discovered(track.group(1), sents[0], track.start(1), "challenge-year", True, uses, intro, out)
            else:
                self._discovered(" ".join(filter(None, head.groups())), sents[0], 0, "challenge-year", True, uses,
                                 intro, out)
        for pm in _NAMED_TASK_YEAR.finditer(text) if any(w in folded for w in _CHALLENGE_WORDS) else ():
            # "the CL-Aff Shared Task 2020", "the MSP-Podcast SER Challenge 2024": a named task and its year (not a
            # venue's: "the ACII Challenge 2022")
            if pm.group(1).split()[0].lower() in _VENUES or _EDITION_TASK.match(text, pm.end()):
                continue  # (a venue's; or "SemEval Challenge 2014 task 4": the numbered-task rule names that task)
            name = f"{pm.group(1)} {pm.group(2)}"
            head, kind = pm.group(1).rsplit(" ", 1) if not pm.group(1).endswith("Shared Task") else \
                (pm.group(1)[:-len(" Shared Task")], "Shared Task")
            name = next((n for n in (f"{head} {pm.group(2)} {kind}", f"{head} {pm.group(2)}")
                         if self.catalogue.get(n) is not None), name)  # "the WASSA Shared Task 2021", catalogued
            s = _sentence_of(sents, pm.start())
            self._discovered(name, s, pm.start() - s.start, "challenge-year",
                             _organisers_paper(s, pm.end() - s.start) or _OVERVIEW_SENTENCE.search(s.text) is not None
                             or _heads_title(text, pm.start(), s), uses, intro, out, length=pm.end() - pm.start())
        for pm in _YEAR_BEFORE_VENUE.finditer(text) if any(w in folded for w in _CHALLENGE_WORDS) else ():
            # "the 2009 INTERSPEECH Emotion Challenge's FAU Aibo Emotion Corpus": a venue's challenge, its year first
            s = _sentence_of(sents, pm.start(2))
            self._discovered(f"{pm.group(2)} {pm.group(1)} {pm.group(3)}", s, pm.start(1) - s.start, "challenge-year",
                             _organisers_paper(s, pm.end() - s.start), uses, intro, out, length=pm.end() - pm.start(1))
        for pm in _YEAR_BEFORE_NAME.finditer(text) if any(w in folded for w in _CHALLENGE_WORDS) else ():
            if pm.group(2).lower() in _VENUES or pm.group(2).lower() in _NOT_DATASETS:
                continue
            s = _sentence_of(sents, pm.start(2))
            self._discovered(f"{pm.group(2)} {pm.group(1)}", s, pm.start(1) - s.start, "challenge-year",
                             _organisers_paper(s, pm.end() - s.start), uses, intro, out, length=pm.end(2) - pm.start(1))
        for pm in _CHALLENGE_BRACKET.finditer(text) if "(" in text and _ANY_YEAR.search(text) else ():
            # "the Audio/Visual+ Emotion Challenge (AV+EC2015)": a challenge's edition, named in brackets (after a
            # workshop's description, an acronym that is no venue's: not "(ACL 2022)", "(FigLang 2020)")
            if pm.group(1).lower() in _NOT_DATASETS or pm.group(1).lower() in _VENUES or \
                    not pm.group(0)[:9].lower().startswith(("challenge", "competiti")) and not pm.group(1).isupper():
                continue
            name = f"{pm.group(1)} {pm.group(2)}"
            s = _sentence_of(sents, pm.start(1))
            before = s.text[:pm.start() - s.start]  # ("We present the first ... Challenge and workshop (AV+EC 2015)")
            self._discovered(name, s, pm.start(1) - s.start, "challenge-year",
                             _organisers_paper(s, pm.end() - s.start) or _heads_title(text, pm.start(1), s) or
                             _introduced_here(before) and not _ENTRY_BEFORE.search(before),
                             uses, intro, out, length=pm.end(2) - pm.start(1))
        for pm in chain(_BRACKETED_EDITION.finditer(text), _BRACKETED_KIND_YEAR.finditer(text)) \
                if "(" in text and _ANY_YEAR.search(text) else ():
            name = f"{pm.group(1)} {pm.group(2)}"
            if (pm.group(1).lower() in _NOT_DATASETS or pm.group(1).lower() in _VENUES) and \
                    self.catalogue.get(name) is None:
                continue  # "the International Conference on Multimodal Interaction (ICMI) 2020 challenges": a venue's year (but
                # "FER 2013" is catalogued, though "FER" alone is the task's short name)
            s = _sentence_of(sents, pm.start(1))
            self._discovered(name, s, pm.start(1) - s.start, "challenge-year",
                             _organisers_paper(s, pm.end() - s.start), uses, intro, out, length=pm.end() - pm.start(1))
        for pm in _QUOTED_BENCHMARK_TASK.finditer(text) if "task" in folded and (
                '"' in text or "“" in text or any(v in folded for v in _VENUES)) else ():
            venue, year, title = pm.group("v1") or pm.group("v2") or pm.group("v3"), \
                pm.group("y1") or pm.group("y2") or pm.group("y3"), pm.group("t1") or pm.group("t2") or pm.group("t3")
            if venue.lower() not in _VENUES:
                continue
            name = " ".join(filter(None, (venue, year, title)))
            if self.catalogue.get(name) is None:
                name += " Task"  # "MediaEval 2016 Emotional Impact of Movies Task", as its overview is titled
            s = _sentence_of(sents, pm.start())
            self._discovered(name, s, pm.start() - s.start, "challenge-year", _organisers_paper(s, pm.end() - s.start)
                             or _OVERVIEW_SENTENCE.match(s.text) is not None or _heads_title(text, pm.start(), s),
                             uses, intro, out, length=pm.end() - pm.start())
        for pm in _GLUED_YEAR.finditer(text) if _ANY_YEAR.search(text) else ():
            if (self.catalogue.get(pm.group(1)) is not None or
                (text[pm.start() - 1:pm.start()] not in ("-", "@") and _CHALLENGE_AFTER.match(text, pm.end()))) and \
                    not _overlaps(pm.start(), pm.end(), self._catalogued_spans):
                # "the audio-video sub-challenge in EmotiW2018": a catalogued challenge, its year joined on; or any
                # name so joined before its challenge word ("the MiGA2023 Challenge"; not a venue's "-ACL2022")
                s = _sentence_of(sents, pm.start())
                self._discovered(pm.group(0), s, pm.start() - s.start, "challenge-year",
                                 _heads_title(text, pm.start(), s), uses, intro, out)
        for pm in _GLUED_EDITION.finditer(text) if any(w in folded for w in _CHALLENGE_WORDS) else ():
            if self.catalogue.get(f"{pm.group(1)} Challenge") or self.catalogue.get(f"{pm.group(1)} Competition"):
                s = _sentence_of(sents, pm.start())
                self._discovered(pm.group(1), s, pm.start() - s.start, "challenge-year",
                                 _organisers_paper(s, pm.end() - s.start), uses, intro, out,
                                 length=pm.end() - pm.start())  # ("ABAW5 Challenge: A Facial Affect ..." is an entry)
        if (pm := _TEAM_AT_TASK.match(sents[0].text)) and not _NUMBERED_TASK.match(pm.group(1)):
            self._discovered(pm.group(1), sents[0], pm.start(1), "team-at-task", False, uses, intro, out)
        for pm in _NUMBERED_TASK.finditer(text) if "task" in folded else ():
            # "SemEval 2018 Task 3", "SemEval-2020 Task-9": one numbered task of a recurring evaluation
            name = f"{pm.group(1)}-{pm.group(2)} {pm.group(3).title()} {pm.group(4)}"
            s = _sentence_of(sents, pm.start())
            self._discovered(name, s, pm.start() - s.start, "numbered-task", _heads_title(text, pm.start(), s) or
                             _organisers_paper(s, pm.end() - s.start), uses, intro, out)  # ("Overview of ... Task 1")
        for pm in _NUMBERED_TASKS.finditer(text) if "task" in folded else ():
            s = _sentence_of(sents, pm.start())
            for number in [pm.group(3), *re.findall(r"\d{1,2}", pm.group(4))]:
                self._discovered(f"{pm.group(1)}-{pm.group(2)} Task {number}", s, pm.start() - s.start, "numbered-task",
                                 _organisers_paper(s, pm.end() - s.start), uses, intro, out,
                                 length=pm.end() - pm.start())
        for pm in _SEMEVAL_DATA.finditer(text) if "semeval" in folded else ():
            # "experiments on SemEval 2014 datasets", "the SemEval 2016 stance and sentiment dataset": data named by
            # the campaign's year alone (a numbered task of that year, where the paper names one, is the name)
            year = pm.group(1) or pm.group(2) or pm.group(3)
            name = f"SemEval {year}" if year else "SemEval"
            if _ANY_TASK_NUMBER.search(text):
                continue  # ("Task 3, EmoContext, in the International Workshop SemEval 2019": the task names the data)
            s = _sentence_of(sents, pm.start())
            self._discovered(name, s, pm.start() - s.start, "semeval-data", False, uses, intro, out,
                             length=pm.end() - pm.start())
        later = _CAMPAIGN_TASK_LATER.finditer(text) if "semeval" in folded else ()
        for pm in chain(later, _TASK_OF_CAMPAIGN.finditer(text) if "task" in folded else ()):
            # "Task 4 on the SemEval 2017 dataset"; "the SemEval-2013 shared task 'Sentiment Analysis in Twitter' (Task
            # 2)", "the SemEval2015 10B ... task"
            campaign, year, number = (pm.group(2), pm.group(3), pm.group(1)) if pm.re is _TASK_OF_CAMPAIGN else \
                (pm.group(1), pm.group(2), pm.group(3) or pm.group(4))
            name = f"{campaign}-{year} Task {number}"
            s = _sentence_of(sents, pm.start())
            self._discovered(name, s, pm.start() - s.start, "numbered-task", _heads_title(text, pm.start(), s),
                             uses, intro, out, length=pm.end() - pm.start())  # the evidence: all the words it took
        for pattern, rule in ((_INTRO_NAME_TASK, "intro-name-task"), (_TASK_QUOTED_NAME, "task-quoted-name")) \
                if any(w in folded for w in _CHALLENGE_WORDS) else ():
            for pm in pattern.finditer(text):
                if rule == "task-quoted-name" and (venue := _VENUE_YEAR_BEFORE.search(text, max(0, pm.start() - 30),
                                                                                     pm.start())) and \
                        venue.group(1).lower() in _VENUES:
                    continue  # "MediaEval 2016 Challenge “Emotional Impact of Movies”": the benchmark's task, named
                    # in full by the challenge rule or the title
                group = 1 if pm.group(1) else 2  # (the quoted name after its task word, or before it)
                # (a quoted task's title goes by the name before its colon: "EmoThreat: Emotions and Threat ...")
                name = pm.group(group).split(":")[0] if rule == "task-quoted-name" else pm.group(group)
                s = _sentence_of(sents, pm.start(group))
                self._discovered(name, s, pm.start(group) - s.start, rule,
                                 rule == "intro-name-task" or bool(_OVERVIEW_TITLE.match(sents[0].text)) or
                                 rule == "task-quoted-name" and bool(_OVERVIEW_HEAD.match(sents[0].text)),
                                 uses, intro, out)
        for pm in _EDITION_YEARS.finditer(text) if "/" in text or " and " in text else ():
            # "SemEval 2014/2015/2016 datasets", "the SemEval-2014/15/16 datasets", "the datasets from SemEval 2014,
            # 2015 and 2016": one edition a year (the data noun after the years, or before the name)
            if not _YEAR_DATA_AFTER.match(text, pm.end()) and not _DATA_FROM.search(text, max(0, pm.start() - 40),
                                                                                     pm.start()):
                continue
            s = _sentence_of(sents, pm.start())
            century = pm.group(2)[:2]
            for year in [pm.group(2)] + re.findall(r"\d+", pm.group(3)):
                self._discovered(f"{pm.group(1)} {year if len(year) == 4 else century + year}", s, pm.start() - s.start,
                                 "edition-years", False, uses, intro, out, length=pm.end() - pm.start())
        if (head := _YEAR_HEAD.match(sents[0].text)) and any(_WE_HOST.search(t.text) for t in sents[1:]):
            # "RuOpinionNE-2024: Extraction of Opinion Tuples ..." with "we introduce the ... shared task on ...":
            # the title names the task its organisers present
            self._discovered(head.group(1), sents[0], 0, "task-title-head", True, uses, intro, out)
        for s in sents:
            low = folded[s.start:s.end]
            has_noun = _maybe_data_noun(low) and bool(_HAS_DATA_NOUN.search(s.text))
            if not s.in_title and ("annotat" in low or "label" in low) and (cm := _NAME_HOLDS_LABELS.match(s.text)):
                # "CLARIN-Emo contains the opinions of real people, manually annotated by six linguists": data,
                # and the paper's own when it says it prepared, collected or built them
                made = sents[0].text.startswith(cm.group(1)) or any(
                    _introduces_something(t.text) or _PREPARED.search(t.text) for t in sents[1:] if t.start < s.start)
                self._discovered(cm.group(1), s, cm.start(1), "name-holds-labels", made, uses, intro, out)
            if not s.in_title and "(" in low and (cm := _COUNT_BRACKETED.search(s.text)):
                # "resulting in 1,157 interactive dialogues (PsyInterview)": a count of items, then the name they go by
                self._discovered(cm.group(1), s, cm.start(1), "count-bracketed-name",
                                 _introduced_here(s.text[:cm.start(1)]), uses, intro, out)
            if not s.in_title and not has_noun and not ("(" in low and _COLLECTION_NAME.search(s.text)) and \
                    not ("shared task" in low and (_NAME_YEAR_TASK.search(s.text) or _TASK_ON_NAME_YEAR.search(s.text))):
                continue  # the abstract's patterns need a data noun (or a collection's or a campaign's name): skip
                # most sentences
            lowered = s.text.lower()
            # "CK+ [44], GEMEP-FERA [67], RU-FACS [4] and GFT [57]": the patterns read a list without its reference
            # numbers, blanked so that every offset stays that of the sentence
            scan = _REFERENCE_MARK.sub(lambda r: " " * len(r.group(0)), s.text) if "[" in s.text else s.text
            for rule, introduces, pattern, title_only, needs, noun in _DISCOVER_RULES:
                if (title_only and not s.in_title) or (noun and not has_noun) or (needs and not needs.search(lowered)):
                    continue
                for pm in pattern.finditer(scan):
                    if rule == "intro-called" and not _CREATED_BEFORE_NAME.search(s.text, max(0, pm.start() - 200),
                                                                                   pm.start()) and \
                            not ((_NEW_DATA_BEFORE_CALLED.search(s.text, max(0, pm.start() - 120), pm.start()) or
                                  _PRESENTED_AFTER.match(s.text, pm.end(1))) and
                                 _CALLED_NAME_ENDS.match(s.text, (rest.end(1) if pm.group(1)[0].isupper() and
                                                                  (rest := _CALLED_REST.match(s.text, pm.end(1)))
                                                                  else pm.end(1)))):
                        continue  # (or new data, then its name: "A new corpus called BFRC-PT is presented", "the
                        # first ... MAFRG dataset (called MARS)")
                    if rule.startswith("use-list") and \
                            _ADVERB_BEFORE.search(s.text, max(0, pm.start() - 12), pm.start()):
                        continue  # "a commonly used AU benchmark dataset": what the data is for
                    if rule == "dataset-bracketed-name" and _abbreviates(s.text[:pm.start(1) - 1], pm.group(1)):
                        continue  # "a corpus of nonverbal vocalizations (NVs)": a term of the description, shortened
                    if rule == "dataset-then-name" and s.text[pm.start():pm.start() + 5].lower() == "bench" and \
                            _BENCHMARK_VERB_BEFORE.search(s.text, max(0, pm.start() - 12), pm.start()):
                        continue  # "We further benchmark PIECE with other LLMs": a verb, not data
                    if rule == "dataset-then-name" and s.text[pm.start()].isupper() and \
                            _TITLED_WORD_BEFORE.search(s.text, max(0, pm.start() - 30), pm.start()):
                        continue  # "from Yelp Dataset Challenge": the data noun is inside a name, not before one
                    if rule == "dataset-then-name" and "," in s.text[pm.start():pm.start(1)] and \
                            not _CLOSES_APPOSITION.match(s.text, pm.end(1)):
                        continue  # "The training dataset, Psych8k, was": a name set off by a comma is closed by one
                        # or listed; "In the other dataset, TSception with VREx" goes on with what ran on it
                    named_as = rule
                    if rule == "title-name-colon" and _TUNED_ON_DATA.search(s.text, pm.end(1)) and \
                            not _HAS_DATA_NOUN.search(_TUNED_ON_DATA.sub("", s.text[pm.end(1):])):
                        continue  # "ExHuBERT: Enhancing HuBERT Through ... Fine-Tuning on 37 Emotion Datasets": the
                        # data a model is tuned on
                    if rule in _NAMED_BEFORE_NOUN and _QUOTED_NAME_AFTER.match(s.text, pm.end()):
                        continue  # "the Arabic-Egyptian corpus 'EYASE'": the words before describe the quoted name
                    if rule == "the-name-dataset" and pm.group(2):
                        if _CAPITAL_AFTER.match(s.text, pm.end()):
                            continue  # "the fNIRS emotion dataset NEMO" names NEMO
                        named_as = "the-name-kind-dataset"
                    role = introduces if introduces is not None else \
                        s.in_title and not _USED_IN_TITLE.search(s.text, 0, pm.start(1)) or \
                        _introduced_here(s.text[:pm.start(1)]) or \
                        bool(_MAKE_BEFORE.search(s.text, 0, pm.start(1)) and _AVAILABLE_AFTER.match(s.text, pm.end(1))) or \
                        bool(_CREATED_AFTER.match(s.text, pm.end(1))) or pm.group(0).lower().startswith("our ") or \
                        bool(_NEW_DATA_NAMED.search(s.text, max(0, pm.start(1) - 150), pm.start(1))) or \
                        rule == "data-called" and any(_introduces_something(t.text) for t in sents if t.start < s.start) or \
                        rule == "dataset-bracketed-name" and \
                        _title_spelled_before(sents[0].text, s.text[:pm.start(1) - 1]) or \
                        rule == "name-appositive" and (bool(_WE_PROVIDE.search(s.text, max(0, pm.start(1) - 20),
                                                                              pm.start(1))) or
                                                       bool(_NEW_AFTER_NAME.match(s.text, pm.end(1))))
                    if rule == "collection-long-name":
                        if _CHALLENGE_BEFORE_BRACKET.search(pm.group(0)) and (
                                not any(c.isdigit() for c in pm.group(1)) or
                                _FEATURE_SET_BEFORE.search(s.text, max(0, pm.start() - 80), pm.start())):
                            continue  # "the Computational Paralinguistics Challenge (ComParE)": the series, which an
                            # edition's year names ("... Challenge (MER2023-SEMI)" names one); "the feature set
                            # introduced in the ... Challenge (I2010PC)": its features
                        if not s.in_title:
                            role = bool(_MADE_JUST_BEFORE.search(s.text, 0, pm.start()))  # "We developed the Open
                            # Biological Negative Image Set (OBNIS)"; not "keystroke data ... induced by the IAPS"
                        elif pm.start() > 4 or _STUDIED_IN.search(s.text, 0, pm.start(1)):
                            role = False  # "Pure Emotion-loaded Materials in the International Affective Digitized
                            # Sounds (IADS): A Study on ...": a title studies a collection it names in passing
                    if rule == "the-titled-name-dataset":
                        if pm.group(1).split()[0] in _NOT_NAME_START or _NAME_COMMA_BEFORE.search(s.text, 0, pm.start()):
                            continue  # "the Emotion Recognition dataset"; "GreThE, the Greek Theatrical Emotion
                            # dataset" spells out the name before it
                        short = _SHORT_FORM.match(s.text, pm.end())  # "the Chinese Classical Poetry dataset (CCPD)"
                        names = [(short.group(1), short.start(1)) if short else (pm.group(1), pm.start(1))]
                    elif rule == "dataset-list-asides":
                        names = [(n.group(0), pm.start(1) + n.start()) for n in _NAME_OUTSIDE_ASIDE.finditer(pm.group(1))
                                 if n.group(0)[0] != "(" and n.group(0).lower() not in ("and", "the")]
                    elif rule == "counted-titled-list":
                        names = [(n.group(1), pm.start(1) + n.start(1))
                                 for n in _ITEM_OF_LIST.finditer(pm.group(1))]
                        if _COUNT_WORDS[pm.group(0).split()[0].lower()] != len(names) or \
                                all(" " not in n for n, _ in names) or \
                                any(n.lower() in _NOT_DATASETS for n, _ in names):
                            continue  # the count is not the list's; a list of one-word names is the dataset-list's;
                            # "six social web data sets (MySpace, Twitter, ..., Runners World)" lists sites
                        names = [(n, o) for n, o in names if not _OWNED_ITEM.match(n) and
                                 self.catalogue.get(n.split()[0]) is None]  # "Google Play", "Google AI GoEmotions",
                        # "BioVid Head Pain": a service, or a company's or a catalogued dataset's part (the
                        # gazetteer finds the dataset)
                    elif rule == "source-kind-pair":
                        names = [(pm.group(i), pm.start(i)) for i in (1, 2)]
                        if any(n.split()[0] in _LANGUAGES or n.split()[0] in _NOT_NAME_START or
                               _DATA_WORDS_IN.search(n) for n, _ in names):
                            continue  # "the English speech and Chinese text corpora": languages
                    elif rule == "the-word-acronym-dataset":
                        word, acronym = pm.group(1).split()
                        if word in _LANGUAGES or word in _NOT_NAME_START or self.catalogue.get(acronym) is not None \
                                or title_key(acronym) in self.owners:
                            continue  # "the English IEMOCAP dataset": a catalogued name, qualified; "the Seed EEG
                            # dataset": a term of the vocabulary (a modality) says what kind of data it is
                        names = [(pm.group(1), pm.start(1))]
                        if word.lower() in _NOT_DATASETS or word in _COMPANIES:
                            names = [(acronym, pm.start(1) + len(word) + 1)]  # "the Microsoft MIND dataset": MIND,
                            # the company's
                    elif rule in ("quoted-name-dataset", "quoted-titled-dataset"):
                        names = [(pm.group(1), pm.start(1))]  # quotes hold one name, of words ("Open Mic")
                    elif rule == "the-name-words-dataset":
                        head = pm.group(1).split()[0]
                        if self.catalogue.get(head) is not None or edition_of(head, self.catalogue) is not None or \
                                re.split(r"[\W\d]", head.lower())[0] in _NOT_DATASETS:
                            continue  # "the MSP Podcast corpus", "the EmotiW2018 AFEW dataset": the gazetteer's name;
                            # "the SemEval-2017 Twitter dataset": a campaign's
                        names = [(pm.group(1), pm.start(1))]
                    elif rule == "dataset-bracketed-name":
                        names = [(pm.group(1), pm.start(1))]
                        if (more := _AND_BRACKETED.match(s.text, pm.end())) and \
                                not _abbreviates(s.text[:more.start(1) - 1], more.group(1)):  # ("high frequency (HF)")
                            # "corpora of Western classical music excerpts (WCMED) and Chinese classical music
                            # excerpts (CCMED) were curated": a second, made with the first when the sentence says so
                            names.append((more.group(1), more.start(1)))
                            role = role or bool(_CREATED_AFTER.match(s.text, more.end()))
                    elif (" " in pm.group(1) and (s.text[pm.start(1) - 1] in "\"“‘" or
                                                  _WORDS_OF_ONE_NAME.fullmatch(pm.group(1)))) or \
                            (rule == "title-name-colon" and _TITLE_ONE_NAME.fullmatch(pm.group(1))):
                        names = [(pm.group(1), pm.start(1))]  # words in quotes are one name ("5G Myths"), as are
                        # two in capitals ("DISCO PAL") and a title's word and camel-cased name ("Spoken DialogSum: ...")
                    else:
                        names = list(_split_names(pm.group(1), pm.start(1)))
                    if rule == "dataset-then-name" and len(names) > 1 and _RESULT_VERB.match(s.text, pm.end(1)) and \
                            not _JOINED.search(pm.group(1)):
                        names = names[:1]  # "on the benchmark VECBench, EmoCaliber demonstrates": the name, then the
                        # subject of the verb (a list ends with "and")
                    if len(names) == 1 and rule in _NAMED_BEFORE_NOUN and _FIELD_ACRONYM.fullmatch(names[0][0]) and \
                            _PLURAL_NOUN.match(s.text, pm.end(1)):
                        continue  # "two challenging GER datasets", "AU benchmark datasets": a field's data
                    if rule == "acronym-dataset" and _PLURAL_NOUN.match(s.text, pm.end(1) + 1) and \
                            (words := _initial_words(s.text[:pm.start()], pm.group(1), _PLAIN_WORD)) and \
                            all(w.islower() for w in words):
                        continue  # "two question answering (QA) datasets": a term shortened, in lower case, before
                        # plural data (not "a new audio-visual emotion (AVE) database")
                    if rule == "acronym-dataset" and \
                            (named := _NAMED_APPOSITIVE.search(s.text, max(0, pm.start() - 120), pm.start())) and \
                            sum(c.isupper() or c.isdigit() for c in named.group(1)) > 1:
                        continue  # "ChatAnime, the first Emotionally Supportive Role-Playing (ESRP) dataset": the
                        # short form abbreviates what kind of data ChatAnime is
                    if rule == "acronym-dataset" and (pair := _LANGUAGE_PAIR.search(s.text, 0, pm.start())) and \
                            all(w in _LANGUAGES for w in re.split(r"[-–]", pair.group(1))):
                        continue  # "a code-mixed Marathi-English (Mr-En) corpus": the languages, shortened
                    if rule == "acronym-dataset" and (full := _spelt_out(s.text[:pm.start()], pm.group(1))):
                        names = [full]  # "GoodNewsEveryone (GNE) corpus": the name, then its short form
                    if rule == "intro-appositive" and (long := _LONG_NAME_REST.match(s.text, pm.end(1))) and \
                            _initial_words(s.text[pm.start(1):long.start(1) - 1],
                                           "".join(c for c in long.group(1) if c.isupper())):
                        names = [(long.group(1), long.start(1))]  # "a new emotion dataset, Multimodal Stressed
                        # Emotion (MuSE), and": the short form the paper gives its long name
                    elif rule == "intro-appositive" and s.text[pm.start(1) - 2:pm.start(1)] == ", " and \
                            pm.group(1)[0].isupper() and \
                            (rest := _APPOSITIVE_REST.match(s.text, pm.end(1))):
                        names = [(s.text[pm.start(1):rest.end(1)], pm.start(1))]  # "a large-scale benchmark,
                        # Positive Psychology Frames, with 8,349 sentence pairs": a name of words, set off by commas
                    if rule in ("intro-called", "intro-appositive") and pm.group(1)[0].isupper() and \
                            _CALLED_JUST_BEFORE.search(s.text, max(0, pm.start(1) - 12), pm.start(1)) and \
                            (rest := _CALLED_REST.match(s.text, pm.end(1))):
                        names = [(s.text[pm.start(1):rest.end(1)], pm.start(1))]  # "a new smiling face dataset, named
                        # Facial Expression Emotions.": a name of capitalised words, to the clause's end
                    if rule in ("intro-name-first", "intro-called", "intro-appositive") and \
                            (short := _SHORT_FORM.match(s.text, pm.end(1))) and \
                            len(short.group(1)) < len(pm.group(1)):
                        names = [(short.group(1), short.start(1))]  # "MusicVideos (MuVi), a novel dataset": MuVi
                    elif rule in ("intro-called", "intro-appositive") and len(names) == 1 and \
                            _PLURAL_DATA.search(pm.group(0)) and (more := _AND_NAME_AFTER.match(s.text, pm.end(1))):
                        names.append((more.group(1), more.start(1)))  # "two datasets, called EmoMusicLJ and
                        # EmoMusicLJ-small, to validate": plural data, named in a pair
                    # "two benchmark datasets (FACES and Lifespan)", "benchmark datasets like Kaggle and Pandora":
                    # a plain word in a list of datasets is a name ("HarMeme and Dank Memes" lists a longer name;
                    # "(Cai & Brysbaert, 2010)" cites; platforms and languages stay out)
                    beside = rule == "dataset-list" and not s.in_title and len(names) > 1 and \
                        not _CITED_YEAR.match(s.text, pm.end()) or \
                        rule == "use-list" and len(names) > 2 and \
                        any(_looks_like_name(n) or self.catalogue.get(n) is not None for n, _ in names)
                    counted = beside and _counts(s.text[max(0, pm.start() - 30):pm.start()], len(names))
                    for name, offset in names:
                        if rule in ("dataset-list", "dataset-then-name") and \
                                (long := _HEAD_OF_LONG_NAME.match(s.text, offset + len(name))):
                            # "datasets, viz. CMU Multi-modal Opinion-level Sentiment Intensity (CMU-MOSI)", "two DT
                            # databases, DynTex and Massachusetts Institute of Technology (MIT)": the first word of a
                            # name spelt out before its short form, which is the name
                            name, offset = long.group(1), long.start(1)
                        plain_sibling = beside and _plain_name(name) and \
                            not _LONGER_NAME_AFTER.match(s.text, offset + len(name))
                        if counted and _SHORT_NAME.fullmatch(name):  # (the rule that lets a short name pass)
                            self._discovered(name, s, offset, "counted-list", role, uses, intro, out)
                            continue
                        if rule == "counted-titled-list" and name.split()[0] in _POOLED_WORDS and len(names) > 1:
                            self._discovered(name, s, offset, rule, True, uses, intro, out)
                            continue  # "MER Lyrics, Mood Lyrics, and Combined Lyrics": the others pooled, here
                        self._discovered(name, s, offset, "list-sibling" if plain_sibling else named_as,
                                         role, uses, intro, out)
            for cm in _COPULA_DATA.finditer(s.text):
                lo = max(0, cm.start() - 160)
                if pm := _LIST_AT_END.search(s.text, lo, cm.start()):
                    role = s.in_title or _introduced_here(s.text[:pm.start(1)]) or \
                        bool(_NEW_IN_COPULA.match(cm.group(0)))  # "ERIT is a novel multimodal dataset designed to"
                    for name, offset in _split_names(pm.group(1), pm.start(1)):
                        self._discovered(name, s, offset, "name-is-dataset", role, uses, intro, out)
        capitalised = "Corpus" in text or "Dataset" in text or "Database" in text
        if capitalised and (tm := _TITLE_IS_NAME.match(sents[0].text)):
            # (by its short form, when the abstract gives one: "The Multilingual Amazon Reviews Corpus (MARC)")
            phrase = tm.group(0)[tm.start(1):].rstrip()
            spelt = text.find(phrase, title_end)
            short = _SHORT_FORM.match(text, spelt + len(phrase)) if spelt > 0 else None
            if short:
                s = _sentence_of(sents, short.start(1))
                self._discovered(short.group(1), s, short.start(1) - s.start, "title-is-name", True, uses, intro, out)
            else:
                self._discovered(tm.group(1), sents[0], tm.start(1), "title-is-name", True, uses, intro, out)
        for pm in _TITLED_NAME.finditer(text, title_end) if capitalised else ():  # titles capitalise every word
            name = pm.group(1).strip(" -")
            if name.split()[0] not in _NOT_NAME_START and not _overlaps(pm.start(), pm.end(), self._catalogued_spans) \
                    and not _AN_BEFORE.search(text, max(0, pm.start() - 4), pm.start()) \
                    and not _DASHED_NAME_AFTER.match(text, pm.end()) \
                    and not _APPOSED_BEFORE.search(text, max(0, pm.start() - 80), pm.start()):
                s = _sentence_of(sents, pm.start(1))
                at = pm.start(1)
                if (short := _ACRONYM_BEFORE.search(text, max(0, at - 16), at)) and \
                        (_initial_words(pm.group(0), short.group(1), _PLAIN_WORD) or
                         _initial_words(pm.group(1), short.group(1), _PLAIN_WORD) or
                         _leading_initials(pm.group(1), short.group(1))):
                    # "a text corpus PERC(Poem Emotion Recognition Corpus)", "ECC (Emotion-Cause Conversation
                    # Dataset)", "KoCoSa (Korean Context-aware Sarcasm Detection Dataset)": the spelt-out form of
                    # the short name
                    name, at = short.group(1), short.start(1)
                elif (short := _OPENED_BY_NAME.search(text, max(0, at - 100), at)) and \
                        not _TITLE_CASE_BEFORE.search(text, max(0, short.start(1) - 40), short.start(1)):
                    # "MIDAS (Motivational Interviewing Dataset in Spanish)", "EmoHeVRDB (EmojiHeroVR Database)":
                    # words in brackets after a name spell it out, whatever their initials (after the last word
                    # of a longer name, "IIIT-H TEMD (", they are left to the patterns of names)
                    name, at = short.group(1), short.start(1)
                elif (short := _TAIL_SHORT.match(text, pm.end())) and any(
                        _initial_words(words, "".join(c for c in part if c.isupper()))
                        for part in {short.group(1), short.group(1).split("-")[0]} for words in pm.group(0, 1)):
                    # "the Hausa-English Sentiment Analysis Corpus For Educational Environments (HESAC)": the short
                    # form the titled words spell (or its first part: "the Arabic Sentiment Twitter Dataset for the
                    # Levantine dialect (ArSenTD-LEV)")
                    name, at = short.group(1), short.start(1)
                elif name == pm.group(1).strip(" -") and _initials_named(name, pm.group(0), text):
                    continue  # "BRAD, which is the largest Book Reviews in Arabic Dataset": the long form of a
                    # short name the abstract uses, which the patterns of names read
                self._discovered(name, s, at - s.start, "titled-name",
                                 _introduced_here(s.text[:at - s.start]) or _names_the_title(sents[0].text, name),
                                 uses, intro, out)
        for iri in [i for i in uses if _YEAR_END.search(i) and any(t.startswith(i + "-") for t in (*uses, *intro))]:
            # "the BLP 2023 workshop" beside "BLP-2023 Task 2", "the SIGHAN 2024 ... task" beside "SIGHAN-2024 dimABSA
            # Task", "the dataset of Semeval 2017, Task 4A": a workshop's year, of which the task is one
            del uses[iri]
        if (made := self.made_in.get(title_key(sents[0].text))) in uses and made not in intro:
            # "A multimodal psychological, physiological and behavioural dataset for human emotions in driving
            # tasks" is the paper the catalogue cites for PPB-Emo: it made the dataset it names
            m, s, rule, conf = uses.pop(made)
            intro[made] = (m, s, rule + "+cited-paper", conf)
        if not intro and len(uses) == 1 and _A_DATA_TITLE.match(sents[0].text, _after_head(sents[0].text)) and \
                (iri := next(iter(uses))) not in self.catalogued and \
                not _TAKEN_FROM.search(text, max(0, uses[iri][0].start - 30), uses[iri][0].start):
            # "A multimodal psychological, physiological and behavioural dataset for ...": the one new name
            # the abstract gives ("The PPB-Emo dataset will ...") is the dataset the title announces (not "example
            # texts from the GloWbE corpus": the source the new data were drawn from)
            m, s, rule, conf = uses.pop(iri)
            intro[iri] = (m, s, rule + "+data-title", conf)
        # "EmoMV: ... Datasets" with "the EmoMV-A dataset": the parts of a dataset the paper makes are its own too
        stems = {m.surface for m, *_ in intro.values()}
        for iri in [iri for iri, (m, *_) in uses.items() if m.concept is None and iri not in intro]:
            stem, dash, part = uses[iri][0].surface.rpartition("-")
            if dash and stem in stems and _PART_MARK.fullmatch(part):
                m, s, rule, conf = uses.pop(iri)
                intro[iri] = (m, s, rule + "+part-of-new", conf)
        # "ActorMind: ..." with "ActorMindBench is a hierarchical benchmark": data named after the paper's own
        # system are the paper's own
        if (head := _TITLE_HEAD.match(sents[0].text)) and uses:
            own = head.group(1)
            for iri in [iri for iri, (m, *_) in uses.items() if m.concept is None and iri not in intro and
                        m.surface.startswith(own) and _own_data_suffix(m.surface[len(own):])]:
                m, s, rule, conf = uses.pop(iri)
                intro[iri] = (m, s, rule + "+named-after-own", conf)
        # "MEMD-ABSA: A ... Dataset" with "a ... dataset (MEMD)": the title's name, written short in the abstract
        heads = [m.surface for m, s, *_ in intro.values() if s.in_title and m.concept is None and "-" in m.surface]
        for named in (intro, uses) if heads else ():
            for iri in [iri for iri, (m, s, *_) in named.items() if m.concept is None and not s.in_title and
                        any(head.startswith(m.surface + "-") for head in heads)]:
                del named[iri]
        # where the names of new datasets are written
        # (and where they are spelt out: "SMHD-GER (Self-Reported Mental Health Diagnoses for German)" writes the
        # catalogue's SMHD inside the new name)
        made = []
        for m, *_ in intro.values():
            for at in _occurrences(text, m.surface) if m.concept is None else ():
                made.append((at, at + len(m.surface)))
                if (spelt := _SPELT_AFTER.match(text, at + len(m.surface))) and _spells(spelt.group(1), m.surface):
                    made.append(spelt.span(1))
        for iri in list(uses):
            if iri in intro or (made and _only_inside(iri, found, made)):
                del uses[iri]  # "We construct ESD-plus, a ... dataset": ESD is only a part of the new name
        mine, tasks = _own_methods(text, title_end), _task_acronyms(text)
        mine.update(m.surface for named in (uses, intro) for m, *_ in named.values() if _named_as_method(text, m.surface))
        if mine or tasks:  # the paper's own methods, and (unless catalogued) the short names of tasks
            for named in (uses, intro):
                for iri in [iri for iri, (m, *_) in named.items()
                            if m.surface in mine or m.concept is None and m.surface in tasks]:
                    del named[iri]
        for iri in _earlier_editions(uses, intro):
            del uses[iri]  # "MER 2024: ..." with "Last year, we launched MER2023": the series' history
        for short, pair in paired_short.items():
            if short != pair and (pair in uses or pair in intro):
                for named in (uses, intro):  # "we introduce the Korean Empathetic Dialogues (KoED)": one node
                    named.pop(short, None)
                out.discovered[:] = [d for d in out.discovered if d.iri != short]
        return uses, intro

    def _derived_name(self, m: Match, s: Sentence) -> bool:
        """"EmoBench-Reddit", "EmotiW-EP": a catalogued name joined to another word names another dataset;
        joined to a second catalogued name ("TESS-EMODB") it is a pair of them, and joined to one of its affect
        dimensions ("DEAP-Arousal") it is that dataset's labels."""
        joined = _DERIVED_NAME.match(s.text, m.end - s.start)
        if not joined:
            return False
        word = _JOINED_WORD.match(s.text, joined.start() + 1)
        return not (word and (self.catalogue.get(word.group(0)) or word.group(0).lower() in _DIMENSIONS))

    def _foreign_acronyms(self, found) -> set[str]:
        """Acronyms among ``found`` that the paper defines for something else: that thing wherever it is used."""
        return {m.surface for m, s in found if self._defined_elsewhere(m, s)}

    def _defined_elsewhere(self, m: Match, s: Sentence) -> bool:
        """"a Dynamic Emotion-Alignment Module (DEAM)", "micro-expression recognition (MER)": the paper
        defines the acronym for something else, so it is not the concept that has it as a label (but "the ACII
        Affective Vocal Burst (A-VB) Challenge" spells out the catalogued A-VB in words of its labels)."""
        words = self._spelt_by_other_words(m, s)
        return words is not None and not _label_words(words, m.concept, every=True)

    def _coined_acronym(self, m: Match, s: Sentence) -> bool:
        """A catalogued acronym in brackets after words that spell it out (its capitals, for "MuSE"), most of which
        are in none of its dataset's labels: the paper's own term, not that dataset."""
        if (words := self._spelt_by_other_words(m, s, capitals=True)) is None:
            return False
        return not _label_words(words, m.concept)

    def _spelt_by_other_words(self, m: Match, s: Sentence, capitals: bool = False) -> list[str] | None:
        """The words before an acronym in brackets that spell it out, unless they are a label of its concept;
        ``capitals``: a mixed-case acronym ("MuSE") is spelt by its capitals alone."""
        at = m.start - s.start
        if at < 1 or not s.text.startswith("(", at - 1) or not s.text.startswith(")", m.end - s.start):
            return None
        letters = "".join(c for c in m.surface if c.isalpha())
        if capitals and any(c.islower() for c in letters):
            letters = "".join(c for c in letters if c.isupper())
        if len(letters) < 2 or not (words := _initial_words(s.text[:at][-120:], letters)) or \
                m.concept.iri in self.owners.get(title_key(" ".join(words)), ()):
            return None
        return words

    def _siblings(self, found, uses, intro, out: Extraction) -> None:
        """Names listed beside a catalogued dataset are datasets too ("EmoMusic, DEAM, PMEmo, WTC, and WCMED")."""
        kept = [(m, s) for m, s in found if m.concept.iri in uses or m.concept.iri in intro]
        seen: set[int] = set()
        for m, s in kept:
            if s.start in seen or not _listed(s.text, m.start - s.start, m.end - s.start):
                continue  # most mentions stand alone: no list separator beside them
            seen.add(s.start)
            starts = {k.start - s.start for k, t in kept if t is s}
            for run in _NAME_RUN.finditer(s.text):
                names = list(_split_names(run.group(0), run.start()))
                if len(names) < 2 or not starts & {off for _, off in names}:
                    continue
                if len(names) == 2 and not _JOINED.search(run.group(0)):
                    continue  # "On e-CK+, evTransFER achieved ...": a comma between two names joins no list
                taken = [(k.start - s.start, k.end - s.start) for k, t in found if t is s]
                if _plain_name(names[0][0]) and _TITLE_CASE_BEFORE.search(s.text, 0, run.start()):
                    names = names[1:]  # "Long Short-Term Memory and DEAP Data": the end of a longer name
                for name, offset in names:
                    if _plain_name(name) and (_LONGER_NAME_AFTER.match(s.text, offset + len(name)) or
                                              _ET_AL.match(s.text, offset + len(name)) or s.in_title):
                        continue  # "Expression in the Wild (ExpW)", "Acted Facial Expression in Wild": a longer name;
                        # "IndoNLU and Riccosan et al.": an author; "HaHackathon, Detecting and Rating ...": a title's words
                    if not _overlaps(offset, offset + len(name), taken):
                        self._discovered(name, s, offset, "list-sibling", False, uses, intro, out)

    def _role(self, m: Match, s: Sentence):
        before = s.text[: m.start - s.start]
        if self._defined_elsewhere(m, s) or self._derived_name(m, s) or \
                (m.surface[-1:].isdigit() and _EDITION_TASK.match(s.text, m.end - s.start)) or \
                (m.surface[-4:].lower() == "task" and _TASK_NUMBER.match(s.text, m.end - s.start)):
            return None, "", 0.0  # "EmoBench-Reddit" is another dataset than EmoBench, "SemEval-2018 Task 3" too
        if not s.in_title and _contrast(before):
            return None, "", 0.0  # "unlike prior work on IEMOCAP": cited, not used
        if _DEVICE_AFTER.match(s.text, m.end - s.start):
            return None, "", 0.0  # "EEG signals from the MUSE device": a headband, not the MuSe data
        if _pretraining_data(s.text, m.start - s.start, m.end - s.start):
            return None, "", 0.0
        if _introduces_something(s.text) and not _existing(before[-80:]) and \
                not _REFERENCE_AFTER.match(s.text, m.end - s.start):  # (a name with its reference is cited: "[9]")
            if s.in_title or re.search(rf"{_DATA_NOUN}\s*,?\s*(?:called|named|dubbed)?\s*$", before[-60:], re.I) or \
                    _WE_RELEASE.search(before[-120:]):
                return "introduces", "catalogue+intro-context", 0.8
        if _organisers_paper(s, m.end - s.start):
            return ("introduces", "overview-title", 0.8) if s.in_title else ("introduces", "overview-sentence", 0.75)
        if _heads_title(s.text, m.start - s.start, s) and (
                _NAMED_IN_HEAD.match(s.text, _edition_end(s.text, m.end - s.start)) and
                (_HAS_DATA_NOUN.search(s.text) or _CHALLENGE_NOUN.match(s.text, m.end - s.start) or
                 _TRAILING_CHALLENGE.search(m.surface)) or
                _TRAILING_DATA_NOUN.search(m.surface) or
                # (a title that is the challenge's name alone: "The ACII 2022 Affective Vocal Bursts Workshop & Competition")
                _TRAILING_CHALLENGE.search(m.surface) and not s.text[m.end - s.start:].strip(" .")):
            # "MELD: A Multimodal Multi-Party Dataset for ...", "The Emotional Voices Database: Towards ...",
            # "The MPI Emotional Body Expressions Database for Narrative Scenarios", "Emotion Recognition in the
            # Wild Challenge 2014: Baseline, Data and Protocol"
            return "introduces", "catalogue-title-head", 0.8
        if s.in_title:
            if _PLAIN_WORDS.fullmatch(m.surface) and not _DATA_AFTER.match(s.text, m.end - s.start):
                return None, "", 0.0  # "Empathetic Dialogue Through ..." in a title's capitals: words, not the data
            return "uses", "catalogue-in-title", 0.9
        if _says_use(s.text):
            return "uses", "catalogue+use-context", 0.9
        return "uses", "catalogue-mention", 0.7

    def _discovered(self, name, s: Sentence, offset, rule, introduces, uses, intro, out: Extraction,
                    length: int | None = None):
        clean = _TRAILING_DATA_NOUN.sub("", name.strip()).strip(" .,;:")
        key, low = title_key(clean), clean.lower()
        if not key or (low in _NOT_DATASETS and low not in _REVIEW_SITES and
                       not _platform_as_data(low, rule, s.text)) or (" " in clean and all(
                w.lower() in _NOT_DATASETS for w in clean.split())) or (rule != "numbered-task" and (
                _NUMBERED_TASK.match(clean) or _TASK_BEFORE.search(s.text, max(0, offset - 30), offset))) or \
                _MODEL_SUFFIX.search(clean) or _SPLIT_NAME.fullmatch(clean) or _languages_only(clean) or \
                (rule != "challenge-year" and _OWNER_AFTER.match(s.text, offset + len(name))) or \
                (rule == "list-sibling" and (_defined_term(self._text, clean) or clean in _NOT_NAME_START)) or \
                _pretraining_data(s.text, offset, offset + len(name)) or \
                (s.text[offset - 1:offset] == "(" and _AUTHOR_YEAR.fullmatch(clean)) or \
                _JOINED_SHORT_FORMS.fullmatch(clean):
            return  # "the Simon Fraser University Review Corpus (Taboada 2008)" cites its maker; "(R+T+S)" joins
            # the short forms of datasets named before ("RAVDESS (R), TESS (T), SAVEE (S)");
            # "SemEval-2018-Task1-Ar-Ec", "Task 4 on the SemEval 2017 dataset": the numbered-task rule names
            # the task; "EmoMBTI-Net" is a model; "Test1 and Test2" are splits of the data; "Spanish-English" and
            # "Spanish-language" are languages; "CMU's CK database" names whose it is (a challenge's data are the
            # challenge's: "the 2011 INTERSPEECH Speaker State Challenge's data"); "joint-patch and multi-label
            # learning (JPML)" is the paper's term for its method, not a dataset beside those it lists; "VGG19
            # pre-trained on ImageNet dataset" names what a borrowed network was trained on
        m = Match(s.start + offset, s.start + offset + (length or len(name)), None, clean)  # type: ignore[arg-type]
        # "AffectNet-7", "EmoSet-118K": a catalogued dataset with its label-set size or size appended is that dataset
        # (the merge key drops a closing "+", which names another dataset: "AffectNet+" is not AffectNet)
        concept = None if clean in self._coined else self.catalogue.get(clean) or self._short_forms.get(clean) or \
            self._long_forms.get(key) or \
            (None if clean.endswith("+") or rule == "numbered-task" else  # (a task's number is no class count)
             self.catalogue.keyed.get(_CLASS_COUNT.sub("", key))) or \
            edition_of(clean, self.catalogue) or \
            (self.catalogue.keyed.get(key[:-1] if key.endswith("s") else key + "s") if " " in key else None) or \
            (self.catalogue.misspelt(clean) if _TYPED_IN_CAPITALS.fullmatch(clean) and not introduces and
             rule != "numbered-task" else None) or \
            (self.catalogue.get(clean + " lexicon") if rule == "list-sibling" and _LEXICON_WORDS.search(s.text)
             else None)  # (new data is often named after old: "EmoVid", "CSConv"; "the AFINN, Bing, and NRC
        # sentiment dictionaries": each a lexicon, by the name it goes by with the kind after it)
        # "existing", "public", "standard" before the name: someone else's dataset; so is one a subset is taken of
        existing = _existing(s.text[max(0, offset - 40):offset]) or \
            bool(_SUBSET_OF.search(s.text, max(0, offset - 60), offset))
        if any(a <= m.start and m.end <= b and (concept is None or (a, b) != (m.start, m.end))
               for a, b in self._catalogued_spans):
            return  # "CAS" of "CAS(ME)2", "MAHNOB" of "the MAHNOB laughter database": part of a catalogued name the
            # gazetteer found
        if concept is not None:  # a catalogued name is a name, however it is spelt ("Dreaddit")
            if introduces and not existing:
                intro.setdefault(concept.iri, (m, s, f"pattern:{rule}", 0.75))
            elif concept.iri not in intro:
                uses.setdefault(concept.iri, (m, s, f"pattern:{rule}", 0.8))
            return
        # challenges and shared tasks have long names; between catalogued names a plain word is enough ("BU-3DFE, Bosphorus")
        if not _looks_like_name(clean, 80 if rule in ("challenge-year", "task-quoted-name") else 40) and \
                rule != "counted-list" and \
                not _spelt_word(clean, s.text, offset + len(name)) and \
                not (rule in _PLAIN_NAME_RULES and _plain_name(clean) and
                     not (s.in_title and rule == "dataset-then-name")) and \
                not (rule == "name-appositive" and _plain_name(clean) and
                     _WE_VERB_BEFORE.search(s.text, max(0, offset - 30), offset)) and \
                rule not in _PHRASE_NAME_RULES:  # (a title capitalises every word: "Corpus Construction")
            return
        iri = _discover(out, clean)
        target = intro if introduces and not existing else uses
        target.setdefault(iri, (m, s, f"pattern:{rule}", 0.75 if introduces else 0.65))

    # --- modalities, tasks, emotion models --------------------------------------------
    def _modalities(self, found, sents, animal_calls: bool = False):
        out: dict[str, tuple] = {}
        alternatives = _alternatives(found)
        emg = {m.start for m, s in found if m.concept.id == "face" and _sensed_on_face(m, s)}  # "facial EMG"
        foreign = self._foreign_acronyms(found)  # "Easy Data Augmentation (EDA)" is not electrodermal activity
        for m, s in found:
            if m.start in alternatives or (m.concept.id == "face" and m.start in emg) or _FUTURE_WORK.match(s.text) or \
                    m.surface in foreign or \
                    (m.concept.id == "speech" and _not_speech(m, s)) or \
                    (m.concept.id == "text" and _not_text(m, s)) or \
                    (m.concept.id == "video" and _not_video(m, s)) or \
                    (m.concept.id == "image" and _figurative_image(m, s)) or \
                    (m.concept.id == "body" and _as_noise(m, s)) or \
                    (m.concept.id == "physio" and _REM_SLEEP.search(s.text, max(0, m.start - s.start - 6),
                                                                    m.end - s.start + 8)):
                continue
            out.setdefault(m.concept.iri, (m, s, "gazetteer", 0.8 if not s.in_title else 0.9))
        speech = [m for m, s in found if m.concept.id == "speech"]
        if MODALITY + "music" in out and speech and all(m.surface.lower() in _AUDIO_WORDS for m in speech):
            out.pop(MODALITY + "speech", None)  # the audio of a song is music, not speech
        _drop_background_lists(out, found, sents[0].text)
        title = sents[0].text
        if animal_calls:
            out.pop(MODALITY + "speech", None)  # "Automatic Classification of Cat Vocalizations": calls, not speech
        if MODALITY + "text" in out and all(m.surface.lower().startswith("linguistic") for m, _ in found
                                            if m.concept.id == "text") and any(_SIGNED.search(s.text) for s in sents):
            out.pop(MODALITY + "text")  # "the avatars are lacking various linguistic attributes": of a sign language
        if "comment" in title.lower() and (hit := _MEDIA_COMMENTS.search(title)):
            # "Sentiment Analysis of YouTube Video Comments", "Sinhala Music Video Comment Data Set": the videos
            # and songs hold the text the paper reads
            out.pop(MODALITY + "video", None)
            out.pop(MODALITY + "music", None)
            out.setdefault(MODALITY + "text", (_pseudo(sents[0], hit), sents[0], "media-comments-title", 0.75))
        elif MODALITY + "video" in out and "youtube" in title.lower() and _YOUTUBE_TEXT.search(title):
            out.pop(MODALITY + "video")  # "YouTube reviews": the videos hold the text
        elif MODALITY + "video" in out and (hit := _FILM_REVIEWS.search(title)) and \
                not _SEEN_FILM.search(title) and \
                all(m.surface.lower().rstrip("s") in ("movie", "film") for m, _ in found if m.concept.id == "video"):
            # "Sentiment Analysis of Movie Reviews Using BERT": the films are what the reviews are about ("recommend
            # a certain movie", "movie success"); the paper reads the reviews
            out.pop(MODALITY + "video")
            out.setdefault(MODALITY + "text", (_pseudo(sents[0], hit), sents[0], "film-reviews-title", 0.75))
        if emg and not any(m.concept.id in ("video", "image") for m, _ in found):
            out.pop(MODALITY + "face", None)  # "facial expressions" read by facial EMG, with no camera
        faces = [s for m, s in found if m.concept.id == "face"]
        if faces and all(_EMOJI.search(s.text) and not _REAL_FACES.search(s.text) for s in faces):
            out.pop(MODALITY + "face", None)  # "67 emojis with facial expression", "face emojis": drawn, not seen
        worn = [(m, s) for m, s in found if m.concept.id == "physio"] if MODALITY + "physio" in out else []
        if worn and all(m.surface.lower().startswith("wearable") for m, _ in worn) and (
                any(_WORN_EEG.search(s.text) for _, s in worn) or all(_HAPTIC.search(s.text) for _, s in worn)):
            out.pop(MODALITY + "physio")  # "a wearable EEG headset": the EEG is what is read; "a wearable
            # vibrotactile display", "haptic wearables": a device that gives touch, not one that senses
        signals = MODALITY + "eeg" in out or MODALITY + "physio" in out
        # "emotions were elicited using movie sequences", "audio-visual stimuli": what participants were
        # shown while their signals were recorded, not data the method reads; without signals, only media
        # used to induce a mood ("Four movie clips were used to induce programmers' mood"), each of its other
        # mentions watched or written about as a video's are ("watched a neutral video clip", "music reviews")
        for iri in [i for i in out if i.rsplit("/", 1)[-1] in _STIMULUS_MEDIA]:
            if all(signals and _title_stimulus(m, s) if s.in_title else
                   _not_video(m, s) or (_near_stimulus(m, s) if signals else _inducing(m, s))
                   for m, s in found if m.concept.iri == iri):
                del out[iri]
        return out

    def _tasks(self, found, sents, modalities: set[str], models: dict, modality_found=(), abstract_low: str = ""):
        counts: dict[str, int] = {}
        for m, _ in found:
            counts[m.concept.iri] = counts.get(m.concept.iri, 0) + 1
        out: dict[str, tuple] = {}
        generic = None
        foreign = self._foreign_acronyms(found)  # "micro-expression recognition (MER)" is not music emotion recognition
        ends = {m.end for m, _ in found}
        for m, s in found:
            if m.surface in foreign:
                continue
            if (gap := _SETTING.search(s.text, 0, m.start - s.start)) and gap.start() + s.start in ends:
                continue  # "empathy estimation in counseling conversations": where the task is done
            central = s.in_title or counts[m.concept.iri] > 1 or s is sents[min(1, len(sents) - 1)] or \
                bool(_OWN_WORK.search(s.text))
            if m.concept.iri in self.groups or m.concept.id in _GENERIC_RECOGNITION:
                if m.concept.id in _GENERIC_RECOGNITION and central:
                    generic = generic or (m, s)
                continue
            before = s.text[: m.start - s.start]
            if _COMPOUND.match(s.text, m.end - s.start) or before.endswith("-") or \
                    (not s.in_title and _FOR_DATA.search(before)) or \
                    (m.concept.id == "sentiment-analysis" and before[-6:].lower() == "moral ") or \
                    (m.concept.id == "emotional-prompting" and "stimul" in m.surface.lower() and
                     not _LLM.search(s.text) and not _LLM.search(sents[0].text)):
                continue  # "MSA-GCN" (a model's name), "datasets for sentiment analysis" (their purpose), "moral
                # sentiment classification" (moral foundations, not polarity), "emotional stimuli" shown to people
                # (not put to a language model)
            if central and (s.in_title or not _contrast(before) and not _APPLICATION.search(before)):
                out.setdefault(m.concept.iri, (m, s, "gazetteer" if s.in_title else "gazetteer+central", 0.85))
        title = sents[0].text
        if generic is None and (hit := _DETECTING_EMOTIONS.search(title)):
            generic = (_pseudo(sents[0], hit), sents[0])  # "Detecting Perceived Emotions in ...": the generic task
        for s in sents[1:] if generic is None else ():
            # "In this research, we propose ... approaches for identifying and extracting emotions from Bangla texts"
            if (hit := _before_word(s.text, "emotions", _EXTRACTING_EMOTIONS)) and _OWN_WORK.search(s.text):
                generic = (_pseudo(s, hit), s)
                break
        if generic is None and (hit := _ASSESSING_AFFECT.search(title)) and not _LLM.search(title) and \
                not _CONDITION_TITLE.search(title) and \
                not any(v[1].in_title for v in out.values()):
            generic = (_pseudo(sents[0], hit), sents[0])
        if (hit := _EVALUATES.search(title) or _THAN_HUMANS.search(title)) and _LLM.search(title) and \
                (_AFFECT_WORD.search(title) or _EMPATHY.search(title)) and \
                not _INTERNALS.search(title) and not _PREDICT_TASK.search(title) and \
                not any(v[1].in_title for v in out.values()):
            # "Evaluating How LLMs Feel Using EmotionBench": the models' emotional abilities are measured
            out[TASK + "emotional-intelligence-evaluation"] = (_pseudo(sents[0], hit), sents[0],
                                                               "llm+evaluation-title", 0.7)
            generic = None  # the emotions are the models', not a recognition task of the paper
        elif _LLM.search(title) and _AFFECT_WORD.search(title) and not _INTERNALS.search(title) and \
                not _PREDICT_TASK.search(title) and \
                not any(v[1].in_title for t, v in out.items() if t != TASK + "emotion-reasoning"):
            # "GPT-4 Emulates Average-Human Emotional Cognition": the abstract says the models' emotional
            # abilities are what the paper examines
            if claim := _own_claim(sents, _CAPABILITY, _LLM, _EMOTION_WORD):
                out[TASK + "emotional-intelligence-evaluation"] = (*claim, "llm+capability", 0.65)
        if "mpathy" in title and TASK + "empathy-detection" not in out and \
                TASK + "emotional-intelligence-evaluation" not in out and (hit := _MEASURING_EMPATHY.search(title)):
            # "Hierarchical Attention Network for Evaluating Therapist Empathy in Counseling Sessions"
            out[TASK + "empathy-detection"] = (_pseudo(sents[0], hit), sents[0], "empathy-measure-title", 0.7)
        if (_AFFECT_WORD.search(title) or ("xpressive" in title or "mpath" in title) and _EXPRESSIVE.search(title)) \
                and self.any_core.search(title):
            for iri, core in self.affect_cores:  # "Text-to-Speech Synthesis Based on Emotion"
                if iri not in out and (hit := core.search(title)):
                    out[iri] = (_pseudo(sents[0], hit), sents[0], "affect+generation-core", 0.75)
        surveyed = []
        if generic and _SURVEY.search(title) and not any(v[1].in_title for v in out.values()) and \
                not _CONVERSATION.search(title) and not any(t.in_title for _, t in modality_found):
            # a survey of emotion recognition across sensors covers each sensor's own recognition task
            mods = _ids(modalities)
            surveyed = [TASK + task for need, task in _SPECIALISE if need & mods]
        if generic and not any(t.endswith("recognition") for t in out) and \
                not any(t.endswith(("generation", "synthesis")) and v[1].in_title for t, v in out.items()) and \
                not (any(v[1].in_title for v in out.values()) and not generic[1].in_title):
            task = self._specialise(generic, sents, modalities, modality_found)
            if task and _INTERACTION.search(title) and not any(t.in_title for _, t in modality_found):
                task = None  # "Keyboard and Mouse: Tools in Identifying Emotions": read from device use
            if task:
                out[TASK + task] = (*generic, "generic-task+modality", 0.7)
        for task in surveyed:
            out.setdefault(task, (*generic, "survey+modality", 0.6))
        if _MULTI.search(title) and _EMOTION_WORD.search(title) and not any(
                w in t for t in out for w in ("generation", "synthesis", "evaluation", "conversation", "reasoning")) \
                and not any(v[1].in_title for v in out.values()):  # "audio-visual features for deepfake detection"
            out.setdefault(TASK + "multimodal-emotion-recognition",
                           (_pseudo(sents[0], _MULTI.search(title)), sents[0], "multimodal-title", 0.7))
        if any(t in out for t in _CHANNEL_FREE) and not any(
                t.endswith(("multimodal-emotion-recognition", "emotion-cause-analysis", "music-emotion-recognition"))
                for t in out):
            # a conversation or valence-arousal model that fuses several channels is also multimodal recognition
            if claim := _own_claim(sents, _MULTI_OWN):
                out[TASK + "multimodal-emotion-recognition"] = (*claim, "conversation+multimodal", 0.65)
        low = title.lower()
        if "trigger" in low and (hit := _EMOTION_TRIGGERS.search(title)):
            # "Summarizing Triggers of Emotions in Social Media", "Emotions and Their Opinion Triggers"
            out.setdefault(TASK + "emotion-cause-analysis", (_pseudo(sents[0], hit), sents[0], "triggers-title", 0.7))
        if modalities == {MODALITY + "text"} and (hit := _title_hit(title, low, _PANDEMIC)) and \
                _AFFECT_WORD.search(title) and not any(t.endswith(("misinformation-detection", "mental-health-assessment"))
                                                       for t in out):
            # "Emotion analysis and detection during COVID-19": the public's posts, read in text
            out.setdefault(TASK + "social-media-affect-analysis", (_pseudo(sents[0], hit), sents[0], "pandemic+affect-title",
                                                                   0.6))
        if "social support" in low and (hit := _title_hit(title, low, _RESPONDER)):
            # "User Experiences of Social Support From Companion Chatbots": the support the bot gives
            out.setdefault(TASK + "emotional-support-conversation",
                           (_pseudo(sents[0], hit), sents[0], "responder+support-title", 0.65))
        if (hit := _title_hit(title, low, _RESPONDER)) and _FEELING.search(title) and "benchmark" not in low and \
                not any(t.endswith(("emotional-support-conversation", "empathetic-response-generation"))
                        or "recognition" in t and v[1].in_title for t, v in out.items()):
            out.setdefault(TASK + "empathetic-response-generation",
                           (_pseudo(sents[0], hit), sents[0], "responder+feeling-title", 0.65))
        if (hit := _title_hit(title, low, _LEXICON_TITLE)) and _EMOTION_WORD.search(title) and \
                not any(t.endswith("recognition") for t in out):
            out.setdefault(TASK + "text-emotion-recognition", (_pseudo(sents[0], hit), sents[0], "affect-lexicon-title", 0.65))
        if modalities == {MODALITY + "text"} and \
                not any(t.endswith("recognition") or t in _EMOTION_TASKS for t in out) and \
                (claim := _own_claim(sents, _EMOTION_CLAIM, _ANALYSING, unless=_NOT_TEXT_CLAIM)) and \
                self._names_categories(sents, 3):
            # "we classify the tweets by emotion ... anger, fear, joy and sadness": text sorted into the
            # categories of an emotion model
            out[TASK + "text-emotion-recognition"] = (*claim, "emotion-categories+text", 0.6)
        if hit := _title_hit(title, low, _CONDITION_TITLE):
            out.setdefault(TASK + "mental-health-assessment",
                           (_pseudo(sents[0], hit), sents[0], "condition+assessing-title", 0.7))
        if not out and (hit := _title_hit(title, low, _SENTIMENT_TITLE)) and not _SENTIMENT_ELSEWHERE.search(title):
            # "Improving Results on Russian Sentiment Datasets", "Towards Mining Public Opinion": a title about
            # sentiment that names no other task (not its transfer or translation, which rewrite it)
            out[TASK + "sentiment-analysis"] = (_pseudo(sents[0], hit), sents[0], "sentiment-title", 0.6)
        if (hit := _title_hit(title, low, _ART_TITLE)) and _AFFECT_WORD.search(title) and \
                not _MAKES_ART.search(title) and not any(t.endswith(("recognition", "generation")) for t in out):
            # "ArtEmis: Affective Language for Visual Art", "Emotional Stimuli Detection in Artworks": the
            # emotions of pictures, whatever the method reads beside them
            out.setdefault(TASK + "visual-emotion-analysis",
                           (_pseudo(sents[0], hit), sents[0], "art+affect-title", 0.65))
        if "talking" not in low and (hit := _title_hit(title, low, _EMBODIED)) and _BODY_MOTION.search(title) and \
                _AFFECT_WORD.search(title) and _SHOWS.search(title):
            out.setdefault(TASK + "emotional-gesture-generation",
                           (_pseudo(sents[0], hit), sents[0], "embodied+body-affect-title", 0.65))
        if (hit := _ANNOTATION_TITLE.search(title)) and not _HAS_DATA_NOUN.search(title):
            # "Quality and Agreement in Multilabel Emotion Annotation"; a dataset's title names its
            # annotations too, so titles with a data noun are left to the dataset rules
            out.setdefault(TASK + "emotion-annotation-methodology",
                           (_pseudo(sents[0], hit), sents[0], "annotation-title", 0.7))
        if (hit := _WORD_RATINGS.search(title)) and _WORDS.search(title) and not _LEARNS.match(title):
            # "Norms of Valence and Arousal for 2,076 Chinese Words": collecting people's ratings of words
            out.setdefault(TASK + "emotion-annotation-methodology",
                           (_pseudo(sents[0], hit), sents[0], "word-ratings-title", 0.65))
        if (hit := _STIMULUS_SET.search(title)) and _STIMULI.search(title) and _AFFECT_OR_DIMENSION.search(title) and \
                not _LEARNS.match(title) and not _MAKES.search(title) and not _PREDICTING_TITLE.search(title) and \
                not _LLM.search(title):  # ("Large Language Models are Highly Aligned with Human Ratings ...": models')
            # "Normative data for 180 affective sounds ...", "EmoMadrid: An emotional pictures database for affect
            # research": a set of stimuli rated for the feelings they evoke is an annotation's making
            out.setdefault(TASK + "emotion-annotation-methodology",
                           (_pseudo(sents[0], hit), sents[0], "stimulus-ratings-title", 0.65))
        if _LLM.search(title) and _INTERNALS.search(title) and _AFFECT_WORD.search(title):
            # "Latent Structure of Affective Representations in Large Language Models"
            out.setdefault(TASK + "emotion-in-llm-internals",
                           (_pseudo(sents[0], _INTERNALS.search(title)), sents[0], "llm+internals-title", 0.7))
        if MODEL + "vad" in models and models[MODEL + "vad"][2] != "dimensions-apart" and \
                not any("generation" in t or "synthesis" in t for t in out):
            m, s, _, _ = models[MODEL + "vad"]  # (dimensions written apart say what is measured, not predicted)
            # the dimensions are what the paper predicts: an estimating verb beside them, or a predicting
            # title, unless the sentence only says how data were annotated
            if (_ESTIMATE.search(s.text) or (_PREDICT.search(sents[0].text) and not _ANNOTATES.search(s.text))) and \
                    not ({MODALITY + "eeg", MODALITY + "physio"} & modalities and _LEVELS_CLASSIFIED.search(s.text)):
                # (high and low valence and arousal classified from brain or body signals are classes, which
                # annotators file under the signal's recognition task)
                out.setdefault(TASK + "dimensional-affect-prediction", (m, s, "dimensional-model+prediction", 0.7))
        if (hit := _VALENCE_AROUSAL_TITLE.search(title)) and not _WORD_RATINGS.search(title) and \
                not _MAKES.search(title) and not any("generation" in t or "synthesis" in t for t in out) and \
                not (_AFFECT_STUDY_TITLE.search(title) and not _ESTIMATING_TITLE.search(title)):
            # "Recognizing the Player's Arousal Changes", "Emotional Valence Tracking ...": a dimension of
            # affect in the title is what the paper estimates, unless it generates with it
            out.setdefault(TASK + "dimensional-affect-prediction",
                           (_pseudo(sents[0], hit), sents[0], "valence-arousal-title", 0.65))
        if "tone" in low and (hit := _TONE_TITLE.search(title)):
            # "Predicting User Emotional Tone in ...": the positive or negative tone of what people write
            out.setdefault(TASK + "sentiment-analysis", (_pseudo(sents[0], hit), sents[0], "emotional-tone-title", 0.65))
        head = "\n".join(s.text for s in sents[:3])
        person_level = any(t.endswith(_PERSON_LEVEL) for t in out)
        # the title, or a sentence about the paper's own work: motivation ("with the rise of
        # social media, people ...") names a platform without analysing it
        if not person_level and _maybe_platform(head) and _PLATFORM.search(head) and \
                (claim := _own_claim(sents[:3], _PLATFORM, _PUBLIC_FEELING)):
            out.setdefault(TASK + "social-media-affect-analysis", (*claim, "platform+affect", 0.7))
        # "analysis of mental health phenomena in publicly available Twitter data": the posts are what is
        # assessed, so the condition is read from social media too (a sentence of the paper's own work)
        if any(t.endswith("mental-health-assessment") for t in out) and _maybe_platform(abstract_low) and \
                (claim := _own_claim(sents, _PLATFORM)):
            out.setdefault(TASK + "social-media-affect-analysis", (*claim, "platform+condition", 0.6))
        if (hit := _ONLINE_TITLE.search(title)) and _AFFECT_WORD.search(title):
            out.setdefault(TASK + "social-media-affect-analysis",
                           (_pseudo(sents[0], hit), sents[0], "online-text-title", 0.6))
        self._abstract_level_tasks(sents, abstract_low, modalities, out)
        return {t: v for t, v in out.items() if t in self.vocab.concepts}

    def _learned_tasks(self, paper: Paper, sents: list[Sentence], tasks: dict[str, tuple], add: bool = True) -> None:
        """The classifier's word: it adds a task it finds likely, drops a rule's task it finds very unlikely,
        and gives a paper left with none its likeliest (unless ``add`` is off: its words are of people, and a
        paper on animals' calls is none of its tasks). An added task's evidence is the sentence whose words
        weigh most for it."""
        model = self.task_model
        rows, values = model.vector(classify.document(paper.title, paper.abstract))
        probability = model.probabilities_of(rows, values)
        for iri in [t for t in tasks if probability.get(t.removeprefix(TASK), 1.0) < model.keep and
                    not (t == TASK + "misinformation-detection" and tasks[t][2] == "gazetteer")]:
            del tasks[iri]  # (a title that names detecting fake reviews, bots or trolls in the vocabulary's words keeps
            # the task: the gold papers the classifier learnt from are mostly about fake news, and over all gold a
            # title's other named tasks are dropped rightly more often than not)
        chosen = [t for t, p in probability.items() if p > model.add and TASK + t not in tasks] if add else []
        if not tasks and not chosen and add:
            best = max(probability, key=lambda t: (probability[t], t))
            chosen = [best] if probability[best] > model.fallback else []
        texts = [s.text for s in sents]
        for task in chosen:
            if TASK + task not in self.vocab.concepts:
                continue
            s = sents[model.strongest(task, rows, values, texts)]
            tasks[TASK + task] = (Match(s.start, s.end, None, s.text), s, "classifier", round(probability[task], 2))

    @staticmethod
    def _abstract_level_tasks(sents: list[Sentence], low: str, modalities: set[str], out: dict[str, tuple]) -> None:
        """Tasks the abstract as a whole shows although no sentence names them: text-only work that recognises
        emotions is text emotion recognition; recognition that keeps returning to several modalities is
        multimodal; a paper that keeps returning to sentiment analyses it; repeated talk of annotators and
        annotation guidelines makes the annotation a subject."""
        abstract = sents[1:]  # ``low``: the abstract lower-cased, for cheap word tests first (this runs for every paper)
        text_only = not out and modalities == {MODALITY + "text"}
        multimodal = TASK + "multimodal-emotion-recognition" not in out and \
            low.count("modal") + low.count("audio") >= 2 and \
            not any(word in t for t in out for word in _NOT_RECOGNITION) and \
            bool(modalities - {MODALITY + "physio", MODALITY + "eeg"}) and \
            sum(len(_MULTI.findall(s.text)) for s in abstract) >= 2  # every match has "modal" or "audio"
        if "emotion" in low:
            if text_only and (claim := _own_claim(abstract, _RECOGNISING_EMOTIONS)):
                # the paper's own recognition ("we classify the emotions of ..."), not what earlier systems did
                out[TASK + "text-emotion-recognition"] = (*claim, "recognition+text-only", 0.55)
            elif multimodal and (hit := next(((s, m) for s in abstract if (m := _RECOGNISING_EMOTIONS.search(s.text))
                                              and not _about_others(s.text)), None)):
                out[TASK + "multimodal-emotion-recognition"] = (_pseudo(*hit), hit[0], "recognition+multimodal-abstract",
                                                                 0.55)
        if TASK + "sentiment-analysis" not in out and \
                low.count("sentiment") + low.count("opinion") + low.count("polarit") >= 3 and \
                not _SENTIMENT_AS_MEANS.search(sents[0].text):
            said = [(s, hit) for s in abstract for hit in _SENTIMENT_WORD.finditer(s.text)]
            if len(said) >= 3:  # a paper that keeps returning to sentiment analyses it
                out[TASK + "sentiment-analysis"] = (_pseudo(*said[0]), said[0][0], "sentiment-abstract", 0.55)
        if TASK + "emotion-annotation-methodology" not in out and \
                low.count("annotat") + low.count("rater") + low.count("crowd") >= 2:  # in every match
            process = [(s, hit) for s in abstract for hit in _ANNOTATION_PROCESS.finditer(s.text)]
            if len(process) >= 2:
                out[TASK + "emotion-annotation-methodology"] = (_pseudo(*process[0]), process[0][0],
                                                                 "annotation-process", 0.55)

    def _names_categories(self, sents: list[Sentence], least: int) -> bool:
        """Whether the paper names at least ``least`` different emotion categories of the vocabulary."""
        seen: set[str] = set()
        for s in sents:
            seen.update(hit.lower() for hit in self.categories.findall(s.text))
            if len(seen) >= least:
                return True
        return False

    def _dataset_taxonomies(self, datasets, models: dict) -> None:
        """A dataset that defines its own label set brings that emotion model (GoEmotions data -> its taxonomy).

        The catalogue says which model a dataset is annotated with; the model is the dataset's own
        when its label starts with the dataset's name ("GoEmotions taxonomy").
        """
        for found in datasets:
            for iri, (m, s, _rule, _conf) in found.items():
                ds = self.vocab.concepts.get(iri)
                for model in ds.links.get("annotatedWith", []) if ds else ():
                    concept = self.vocab.concepts.get(model)
                    if concept and model not in models and concept.pref.lower().startswith(ds.pref.lower() + " "):
                        models[model] = (m, s, "dataset-taxonomy", 0.75)

    def _dataset_modalities(self, datasets) -> set[str]:
        """Modalities every catalogued dataset the paper uses has in common (IEMOCAP + MSP-Podcast: speech)."""
        sets = [set(self.vocab.concepts[iri].links.get("hasModality", []))
                for found in datasets for iri in found if iri in self.vocab.concepts]
        return set.intersection(*sets) if sets else set()

    def _specialise(self, generic: tuple, sents, modalities: set[str], modality_found=()) -> str | None:
        """Generic "emotion recognition" + the paper's modality -> the specific recognition task.

        A modality written right before the phrase ("gait-based emotion recognition", "EEG emotion
        recognition") or right after it ("emotions through body posture") is the one that counts;
        otherwise every modality the paper uses.
        """
        m, sentence = generic
        if _CONVERSATION.search(sents[0].text):
            return "emotion-recognition-in-conversation"
        if _MULTI.search(sentence.text) or _MULTI.search(sents[0].text):
            return "multimodal-emotion-recognition"
        # only modalities the paper keeps count: a "movie script" is text, not video
        named = {k.concept.id for k, t in modality_found
                 if t is sentence and k.concept.iri in modalities and
                 (k.end <= m.start and _MODIFIES.fullmatch(sentence.text, k.end - t.start, m.start - t.start) or
                  m.end <= k.start and _SOURCE.fullmatch(sentence.text, m.end - t.start, k.start - t.start))}
        # else the modality the title names ("Emotion Detection for Urdu-English Code-mixed Text"), else every one
        titled = {k.concept.id for k, t in modality_found if t.in_title and k.concept.iri in modalities and
                  not (k.concept.id == "face" and _sensed_on_face(k, t))}  # "Facial electromyogram": physiology
        mods = named or titled or _ids(modalities)
        several = 2 if not named and titled else 3  # two channels a title names are the paper's, not background
        if not named and len(mods & _CORE_MODALITIES) >= several:
            return "multimodal-emotion-recognition"
        return next((t for need, t in _SPECIALISE if need & mods), None)

    def _models(self, found, sents, folded: str):
        out: dict[str, tuple] = {}
        foreign = self._foreign_acronyms(found)  # "voice activation detection (VAD)" is no emotion model
        for m, s in found:
            if m.surface in foreign:
                continue
            if not s.in_title and _about_others(s.text) and not _OWN_WORK.search(s.text):
                continue  # "Most approaches focus on the basic emotions as defined by Ekman": theirs
            if (lead := _DESPITE_LEAD.match(s.text)) and m.end - s.start <= lead.end() and \
                    not _OWN_WORK.search(lead.group()):
                continue  # "Despite the attention to discrete and dimensional models, ...": the field's, conceded;
                # "Unlike the six basic emotions of happiness, ..., modelling dimensional affect ...": set aside
            if m.concept.id == "appraisal" and _not_appraisal_theory(m, s):
                continue
            if m.concept.id == "ekman" and _EKMAN_NOT_MODEL.match(s.text, m.end - s.start):
                continue  # "Ekman's Action Units", "the Ekman-6 dataset": his coding scheme, a dataset's name
            if m.concept.id == "circumplex" and _NOT_AFFECT_CIRCUMPLEX.search(s.text, 0, m.start - s.start):
                continue  # "the Interpersonal Circumplex (IPC)": a model of interpersonal behaviour, not of affect
            if m.concept.id == "vad" and m.surface[:1] in "dD" and \
                    (_SIZE_BEFORE.search(s.text, max(0, m.start - s.start - 8), m.start - s.start) or
                     _SIZE_NOT_DIMENSIONS.search(s.text, max(0, m.start - s.start - 8), m.start - s.start)):
                continue  # "high-dimensional emotion structures", "30-dimensional": a space's size, not the model
            out.setdefault(m.concept.iri, (m, s, "gazetteer", 0.85))
        if MODEL + "vad" not in out and ("dimensional" in folded or "arousal" in folded or "activation" in folded):
            for s in sents:
                low = s.text.lower()
                both = "arousal" in low and "valence" in low
                pair = ("valence" in low or "pleasure" in low) and ("arousal" in low or "activation" in low)
                if "dimensional" not in low and not pair:
                    continue  # no pattern can match
                hit = ("dimensional" in low and _dimensional_emotions(s.text)) or \
                    (both and _AROUSAL.search(s.text) and _VALENCE.search(s.text)) or \
                    (pair and _DIMENSION_PAIR.search(s.text))
                if hit:
                    out[MODEL + "vad"] = (_pseudo(s, hit), s, "dimensional-signal", 0.75)
                    break
        if MODEL + "vad" not in out and "arousal" in folded and "valence" in folded:
            # "the 'minor second' is a direct predictor of negative valence" ... "tempo modulate levels of arousal":
            # the two dimensions, written apart, are still the model the paper measures
            own = [s for s in sents if s.in_title or not _about_others(s.text) or _OWN_WORK.search(s.text)]
            arousal = next((s for s in own if _AROUSAL.search(s.text)), None)
            valence = next((s for s in own if _VALENCE.search(s.text)), None)
            if arousal is not None and valence is not None:
                s = min(arousal, valence, key=lambda x: x.start)
                hit = _AROUSAL.search(s.text) if s is arousal else _VALENCE.search(s.text)
                out[MODEL + "vad"] = (_pseudo(s, hit), s, "dimensions-apart", 0.65)
        if MODEL + "ekman" not in out and ("six" in folded or "6 " in folded):
            # "six basic spontaneous facial expressions", "6 basic emotion states": Ekman's, by number
            for s in sents:
                others = _OTHERS_WORK.match(s.text) and not _OWN_WORK.search(s.text)
                if not others and (hit := _SIX_BASIC.search(s.text)) and \
                        not ((lead := _DESPITE_LEAD.match(s.text)) and hit.end() <= lead.end()):
                    out[MODEL + "ekman"] = (_pseudo(s, hit), s, "six-basic-signal", 0.75)
                    break
        if MODEL + "ekman" not in out and "Basic Emotions" in self._text:
            # "richer formats (like Basic Emotions or Valence-Arousal-Dominance)": the capitalised name of a format
            for s in sents:
                if hit := _BASIC_EMOTIONS_NAMED.search(s.text):
                    name = Match(s.start + hit.start(1), s.start + hit.end(1), None,  # type: ignore[arg-type]
                                 hit.group(1))  # (the evidence is the name, not the words around it)
                    out[MODEL + "ekman"] = (name, s, "basic-emotions-named", 0.75)
                    break
        # circumplex is a special case of the dimensional model
        if MODEL + "circumplex" in out and MODEL + "vad" not in out:
            m, s, _, _ = out[MODEL + "circumplex"]
            out[MODEL + "vad"] = (m, s, "implied-by-circumplex", 0.8)
        return out


_DESPITE_LEAD = re.compile(r"(?:Despite|In spite of|Unlike|Rather than|Instead of|In contrast to)\b[^,;.]*,")
_NOT_AFFECT_CIRCUMPLEX = re.compile(r"\b(?:interpersonal|personality|interpersonal\s+behaviou?r)\s+$", re.I)
_SIZE_BEFORE = re.compile(r"\b(?:high|higher|low|lower|multi|\d+)-$", re.I)
# "a ten-dimensional model", "a 10-dimensional emotion feature vector", "high-dimensional emotion structures": a size;
# two or three dimensions are valence, arousal (and dominance), and "multi-dimensional emotion regression" rates them
_SIZE_NOT_DIMENSIONS = re.compile(r"\b(?:high|higher|low|lower|multi|[4-9]|\d\d+|four|five|six|seven|eight|nine|ten|"
                                  r"eleven|twelve)[\s-]$", re.I)
_RATES_DIMENSIONS = re.compile(r"\s+(?:regression|scores?|ratings?|values)\b", re.I)


_LEVELS_CLASSIFIED = re.compile(r"\b(?:accurac\w+|classif\w+|binary|categor\w+|high\s+and\s+low|low\s+and\s+high|"
                                r"two\s+(?:classes|levels|states))\b", re.I)


def _dimensional_emotions(text: str) -> re.Match | None:
    """"dimensional emotions" that are the model, not a space's size ("a 10-dimensional emotion feature vector")."""
    d = _DIMENSIONAL.search(text)
    if d is None or (_SIZE_NOT_DIMENSIONS.search(text, max(0, d.start() - 8), d.start()) and
                     not _RATES_DIMENSIONS.match(text, d.end())):
        return None
    return d
_EKMAN_NOT_MODEL = re.compile(r"(?:['’´]s)?\s+(?:Action\s+Units?|AUs?\b|Facial\s+Action)|-\d", re.I)
_AFFECT_MODIFIER = re.compile(r"^(?:emotional|affective|expressive|emotion[\s-](?:conditioned|controllable|controlled|"
                              r"driven|guided|aware|based|evoking))\s+", re.I)


_VERB = {"generation": "generat", "synthesis": "synthesi[sz]", "composition": "compos"}


def _flexible(label: str) -> str:
    """A regex for a label whose spaces and hyphens may be written either way."""
    return re.escape(label).replace(r"\-", r"[\s-]").replace(r"\ ", r"[\s-]")


def _affect_cores(vocab: Vocabulary) -> list[tuple[str, re.Pattern]]:
    """For "emotional X" tasks, a matcher of X itself ("speech synthesis", "text-to-speech", "music generation").

    X plus an emotion word in the same title is the task, however the two are arranged.
    """
    out = []
    for c in vocab.of_kind("task"):
        if not _AFFECT_MODIFIER.match(c.pref) or not c.id.endswith(("generation", "synthesis")):
            continue
        cores = {_AFFECT_MODIFIER.sub("", l) for l in c.labels if l and _AFFECT_MODIFIER.match(l)}
        cores = {x for x in cores if len(x) > 3 and not _AFFECT_MODIFIER.match(x)}
        if cores:
            alts = "|".join(sorted((_flexible(x) for x in cores), key=len, reverse=True))
            # "music generation" is also written "generating (emotional) music"
            for x in sorted(cores):
                obj, _, action = x.rpartition(" ")
                if obj and action in _VERB:
                    # ... but not "generation from a single image" (the image is the input), nor "user-generated
                    # videos" (videos people posted)
                    # (the lookbehinds after the verb: tried only where it stands, not at every position)
                    verb = _VERB[action]
                    alts += rf"|{verb}(?<!user[- ]{verb})(?<!consumer[- ]{verb})\w*\s+(?:(?!from\b)[\w-]+\s+){{0,3}}?" \
                            rf"{_flexible(obj)}s?"
            out.append((c.iri, re.compile(rf"\b(?:{alts})\b", re.I)))
    return out


def edition_of(name: str, catalogue) -> Concept | None:
    """The catalogued dataset that ``name`` is a version or edition of ("RAF-DB 2.0", "EmotiW2018", "DEAP-Arousal"),
    or None; ``catalogue``: the vocabulary's ``dataset_names``. The scorer reads gold names the same way."""
    return next((c for v in _EDITIONS if v.search(name) and (c := catalogue.get(v.sub("", name)))), None)


def _ids(iris) -> set[str]:
    """The local ids of concept IRIs ({".../modality/eeg"} -> {"eeg"}): what the rules name."""
    return {iri.rsplit("/", 1)[-1] for iri in iris}


_SARCASM_TITLE = re.compile(r"\b(?:sarcas\w*|iron(?:y|ic\w*))\b|#not\b", re.I)
# titles whose work reads text when the abstract names no channel: sarcasm, irony, opinion summaries
_READS_TEXT_TITLE = re.compile(rf"{_SARCASM_TITLE.pattern}|\bopinion\s+summari[sz]\w*", re.I)
_POLARITY_TITLE = re.compile(r"\b(?:sentiment|opinion|polarit|emotion|affect)", re.I)


def _sarcasm_serves_sentiment(tasks: dict, title: str) -> None:
    """A paper whose title detects sarcasm or irony, and names no sentiment or emotion, speaks of sentiment
    analysis as the field its detector serves ("irony ... posing a challenge to sentiment analysis systems"):
    no task of its own."""
    hit = tasks.get(TASK + "sentiment-analysis")
    if hit and not hit[1].in_title and _SARCASM_TITLE.search(title) and not _POLARITY_TITLE.search(title):
        del tasks[TASK + "sentiment-analysis"]


def _stress_from_signals(tasks: dict, modalities: dict) -> None:
    """Stress or anxiety read from wearable or physiological signals is physiological affect recognition,
    also beside a camera (thermal or rPPG faces, "facial videos and biosignals for stress estimation");
    in posts it stays a mental-health assessment, as it does in speech, interviews or faces alone."""
    health = TASK + "mental-health-assessment"
    kinds = _ids(modalities)
    if health not in tasks or not re.search(r"stress|anxi", tasks[health][0].surface, re.I) or \
            not kinds & {"physio", "eeg"} or "text" in kinds:
        return
    m, s, _, _ = modalities.get(MODALITY + "physio") or modalities[MODALITY + "eeg"]
    if kinds - {"physio", "eeg", "body"} and _contrast(s.text[:max(0, m.start - s.start)]):
        return  # "Unlike methods based on physiological signals, we use facial images"
    m, s, _, _ = tasks.pop(health)
    tasks.setdefault(TASK + "physiological-emotion-recognition", (m, s, "stress+physiological-signals", 0.7))


_INTENSITY = re.compile(r"\b(?:emotions?|emotional|frustration|anger|fear|joy|sadness)\s+intensit(?:y|ies)\b", re.I)
_GAUGE = re.compile(r"\b(?:predict|estimat|detect|model|regress|evaluat|valu|annotat)", re.I)  # what is done with it
_NOT_TEXT = {MODALITY + k for k in ("speech", "face", "image", "video", "physio", "eeg", "body", "music")}


def _intensity_in_text(tasks: dict, modalities: set[str], title: Sentence) -> None:
    """A paper titled with the intensity of emotions in text ("Predicting Emotion Intensity in Text",
    "Frustration Intensity Prediction in Customer Support Dialog Texts") recognises emotions in text:
    the intensity is how strongly each one is there, not a dimension of a continuous affect space."""
    hit = _INTENSITY.search(title.text)
    if hit is None or not _GAUGE.search(title.text) or modalities & _NOT_TEXT or \
            TASK + "emotional-speech-synthesis" in tasks:
        return
    dimensional = tasks.get(TASK + "dimensional-affect-prediction")
    if dimensional and "intensit" in dimensional[0].surface.lower():
        del tasks[TASK + "dimensional-affect-prediction"]
    tasks.setdefault(TASK + "text-emotion-recognition", (_pseudo(title, hit), title, "intensity+text", 0.7))


_SETTING = re.compile(r"\s+in\s+(?:the\s+)?$")
_SOURCE = re.compile(r"\s+(?:from|through|using|via|in|on)\s+(?:[\w-]+\s+){0,2}?", re.I)  # "emotions through body posture"
_MODIFIES = re.compile(r"[\s-]*(?:based\s+)?", re.I)  # between a modality and the phrase it modifies


_EMG_WORDS = r"s?EMG|electromyogra\w*"  # what names facial EMG, in a title or after "facial"
_EMG_TITLE = re.compile(rf"\b(?:{_EMG_WORDS})\b", re.I)
# a face also filmed or coded from images ("Automatic Facial Coding Versus Electromyography", "Action Unit detection
# from distal wearable Electromyography")
_FACE_CODED_TITLE = re.compile(r"facial\s+(?:action\s+)?coding|action\s+units?|micro-?expressions?|video|camera|"
                               r"images?", re.I)


def _muscles_not_faces(tasks: dict, modalities: dict, title: str) -> None:
    """A title on facial EMG reads the face's muscles as a physiological signal: no face is seen, and what would be
    facial expression recognition is physiological (over all gold, 22 of 27 EMG titles have no face)."""
    if not _EMG_TITLE.search(title) or _FACE_CODED_TITLE.search(title):
        return
    modalities.pop(MODALITY + "face", None)
    if (fer := tasks.pop(TASK + "facial-expression-recognition", None)) is not None:
        tasks.setdefault(TASK + "physiological-emotion-recognition", (fer[0], fer[1], "muscles-not-faces", 0.6))


def _physiological_part(tasks: dict, modalities: dict) -> None:
    """Multimodal emotion recognition that reads EEG or physiological signals is also physiological
    emotion recognition (the signals are part of what is recognised from)."""
    if TASK + "multimodal-emotion-recognition" not in tasks:
        return
    signal = modalities.get(MODALITY + "eeg") or modalities.get(MODALITY + "physio")
    if signal:
        m, s, _, _ = signal
        tasks.setdefault(TASK + "physiological-emotion-recognition", (m, s, "multimodal+physiological-signals", 0.65))


_WELLBEING = re.compile(r"\b(?:stress\w*|moods?|well-?being|wellbeing)\b", re.I)
_FACE_STATE = re.compile(r"\b(?:pain|action units?|engagement|fatigue|drowsiness)\b", re.I)  # read from faces too
_REGULATION = re.compile(r"\b(?:emotion(?:al)?|affect)[\s-]regulation\b", re.I)  # helping people, not reading them
# a robot's or an avatar's face, and the verbs that read a face rather than show one
_MACHINE_FACE_TITLE = re.compile(r"\b(?:robots?|robotic|androids?|humanoids?|avatars?|animatronic|virtual\s+(?:agents?|"
                                 r"characters?|humans?)|embodied\s+conversational\s+agents?|ECAs?)\b", re.I)
_FACE_READ = re.compile(r"\b(?:recogni|detect|estimat|monitor|track|analy[sz]|classif|perceiv|sens(?:e|ing))\w*", re.I)
# a title about a state of work, not of feeling ("Cognitive Workload Assessment", "Fatigue Monitoring in Train Drivers")
_WORK_STATE_TITLE = re.compile(r"\b(?:(?:cognitive|mental)\s+(?:load|effort)|workload|fatigue|drowsiness|vigilance|"
                               r"task\s+performance|takeover|engagement)\b", re.I)


_FAMILY = {"text": "text", "speech": "speech", "music": "music", "eeg": "physiological", "physio": "physiological",
           "face": "visual", "image": "visual", "body": "visual", "video": "visual"}


def _dimensional_channel(tasks: dict, modalities: dict) -> None:
    """Valence and arousal predicted from one kind of channel ("Continuous Emotion Recognition with
    Speech Encoders") are also that channel's recognition task: dimensional prediction names no channel."""
    if set(tasks) != {TASK + "dimensional-affect-prediction"}:
        return
    kinds = _ids(modalities)
    if len({_FAMILY.get(k) for k in kinds}) == 1 and (task := next((t for need, t in _SPECIALISE if need & kinds), None)):
        m, s, _, _ = tasks[TASK + "dimensional-affect-prediction"]
        tasks[TASK + task] = (m, s, "dimensional+one-channel", 0.6)


def _channel_alone(tasks: dict, modalities: dict, text: str, title: str) -> None:
    """An affect paper that names no task recognises affect from the one channel it reads: physiological
    signals ("Decoding Emotional Valence from Wearables", "Tracking Daily Well-being Using Smartwatches"),
    or faces, when faces in images or video are all it reads ("Automated Measurement of Infant Facial
    Expressions") and it does not make or edit them."""
    if any(t != TASK + "dimensional-affect-prediction" for t in tasks):
        return
    if _INTERACTION.search(title) and not any(s.in_title for _, s, _, _ in modalities.values()):
        return  # "Keyboard and Mouse: ...", "Haptic ...": signals of use; the channels named are others'
    if _ETHICS_TITLE.search(title):
        return  # "Physiological Data: Challenges for Privacy and Ethics": about the data, not recognising from it
    kinds = _ids(modalities)
    written = modalities.get(MODALITY + "text")
    if written and written[0].surface.lower().startswith("image caption"):
        kinds.discard("text")  # the captions a paper writes for pictures are its output, not a channel it reads
    signal = modalities.get(MODALITY + "eeg") or modalities.get(MODALITY + "physio")
    work_state = _WORK_STATE_TITLE.search(title) and not (_EMOTION_WORD.search(title) or _WELLBEING.search(title))
    if signal and (_EMOTION_WORD.search(text) or _WELLBEING.search(text)) and not _REGULATION.search(text) and \
            not work_state:
        m, s, _, _ = signal
        tasks[TASK + "physiological-emotion-recognition"] = (m, s, "physiological-signals+affect", 0.6)
    elif "face" in kinds and kinds <= {"face", "video", "image"} and not _MAKES.search(title) and \
            (_EMOTION_WORD.search(text) or _FACE_STATE.search(text)) and not work_state and \
            not (_MACHINE_FACE_TITLE.search(title) and not _FACE_READ.search(modalities[MODALITY + "face"][1].text)):
        # (a robot's or an avatar's face shows the expressions, unless the sentence reads people's faces:
        # "the robot monitored the participants' emotional state via their facial expressions")
        m, s, _, _ = modalities[MODALITY + "face"]
        tasks[TASK + "facial-expression-recognition"] = (m, s, "faces+affect", 0.6)


_LYRICS = re.compile(r"\blyric(?:s|al)?\b", re.I)
_MEDIA_GIVEN = re.compile(r"\brecommend\w*|\bplaylists?\b|\btherap\w*", re.I)
_MUSIC_AUDIO = re.compile(r"\b(?:audio|acoustic\w*|spectrogram\w*|MFCCs?|timbre|melod\w*|tempo)\b", re.I)
_VIDEO_SEEN = re.compile(r"\b(?:multi-?modal\w*|visual features?|video features?|frames?|audio-?visual)\b", re.I)
# comments written on videos: "comments under YouTube videos", "video comments", "danmaku of ... videos"
_VIDEO_COMMENTS = re.compile(r"\b(?:comments?|replies|danmakus?|bullet[\s-]screens?|commentary)\s+"
                             r"(?:(?:from|on|under|of|to|posted|left|written|in|about)\s+)+(?:[\w-]+\s+){0,3}?"
                             r"(?:videos?|YouTube|vlogs?)\b|\b(?:videos?|YouTube|vlogs?)\s+(?:comments?|commentary|danmakus?)\b",
                             re.I)
# a title that joins video to the signals as input: "Fusing EEG and video for emotion recognition"
_FUSED_VIDEO_TITLE = re.compile(r"\b(?:EEG|ECG|EDA|GSR|physiological|signals?)\s+(?:and|with|\+|&)\s+(?:[\w-]+\s+)?"
                                r"videos?\b|\bvideos?\s+(?:and|with|\+|&)\s+(?:[\w-]+\s+)?(?:EEG|ECG|EDA|GSR|"
                                r"physiological|signals?)\b", re.I)
# what says a video is seen by the method, not only watched by the people whose signals it reads
_VIDEO_READ = re.compile(r"\b(?:facial|faces?|frames?|visual|vision|camera|webcam|recorded\s+videos?|video\s+recordings?|"
                         r"video\s+(?:features?|data|modality|modalities|signals?|streams?|channels?)|audio-?visual|"
                         r"audio,?\s+(?:and\s+)?video|body|gestures?|posture|eyes?|gaze|pain)\b", re.I)
_SOUND = re.compile(r"\b(?:audio|acoustic\w*|sound\w*|spectrogram\w*|signals?|MIDI|symbolic|melod\w*|timbre|"
                    r"instrumental|vocals?|listening|tracks?|clips?)\b", re.I)


_AUDIO_VISUAL = re.compile(r"\baudio[\s-]?visual\b", re.I)
_PICTURES_TITLE = re.compile(r"\b(?:images?|photos?|photographs?|pictures?|selfies?|selfie-\w+)\b", re.I)
_TEXT_BY_DEFAULT = (TASK + "emotion-cause-analysis", TASK + "empathy-detection")  # mostly studied in text


def _frames_not_images(modalities: dict, found) -> None:
    """Faces on video: "optical flow images", "dynamic images", "video image sequences", "an image encoder"
    are frames or representations of the video, not still images read as such. Still images, pictures,
    photos or images named in the title stay."""
    if MODALITY + "image" in modalities and MODALITY + "face" in modalities and MODALITY + "video" in modalities \
            and all(m.surface.lower() in ("image", "images") and not s.in_title
                    for m, s in found if m.concept.id == "image"):
        del modalities[MODALITY + "image"]


def _visual_images(modalities: dict, found) -> None:
    """Beside images and no sound, "the visual modality" is the images' ("text and image modalities ... visual
    modality" of a meme or a tweet), not a video."""
    video = modalities.get(MODALITY + "video")
    if video and video[2] == "gazetteer" and MODALITY + "image" in modalities and \
            MODALITY + "speech" not in modalities and MODALITY + "music" not in modalities and \
            all(_VISUAL_MODALITY.fullmatch(m.surface) for m, _ in found if m.concept.id == "video"):
        del modalities[MODALITY + "video"]


_VISUAL_MODALITY = re.compile(r"visual\s+modalit\w*", re.I)
_CHANNEL_WORD = re.compile(r"\b(?:(?P<lang>language|linguistic|verbal|textual|lexical|text)|(?P<vis>visual)|"
                           r"(?P<aco>acoustic|audio|vocal|paralinguistic))\b", re.I)
_CHANNEL_GAP = re.compile(r"(?:\s*\([^()]{1,25}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*[&/]\s*)$")
_CHANNEL_NOUN_AFTER = re.compile(r"(?:\s*\([^()]{1,25}\))?\s+(?:\w+\s+)?(?:modalit\w*|channels?|cues|streams?|inputs?|"
                                 r"signals?|features?|data|information|perspectives|integration)\b", re.I)
_CHANNELS_BEFORE = re.compile(r"\bmodalit\w*,?\s+(?:namely|such as|including|like|i\.e\.,?|viz\.?,?|:)\s*$", re.I)


_OTHER_CHANNELS = re.compile(r"\b(?:traditional|conventional|besides|unlike|previous|prior|existing)\b[^.;]{0,40}"
                             r"\b(?:visual|audio|acoustic)\b|\bvisual\s+(?:\w+\s+)?\((?:images?|pictures?|photos?)\b", re.I)


def _listed_channels(modalities: dict, sents: list[Sentence]) -> None:
    """"the language, visual and acoustic modalities", "modalities, namely text, visual and acoustic", "textual,
    acoustic, and visual signals" or "features": the three
    channels of multimodal language, listed together, are the words (text), the speaker seen (video) and heard
    (speech); "visual" beside "acoustic" names no face or image of its own, so it is the video."""
    for s in sents:
        low = s.text.lower()
        if "visual" not in low or not ("acoustic" in low or "audio" in low or "vocal" in low) or \
                _FUTURE_WORK.match(s.text) or " will " in low or _OTHER_CHANNELS.search(s.text):
            continue  # (not what later work will combine, nor channels other methods read: "than traditional
            # visual, audio or text data based methods", "besides approaches based on audio, visual or text")
        words = list(_CHANNEL_WORD.finditer(s.text))
        run: list[re.Match] = []
        for w in [*words, None]:
            if w is not None and run and _CHANNEL_GAP.fullmatch(s.text, run[-1].end(), w.start()) is not None:
                run.append(w)
                continue
            kinds = {k for r in run for k, v in r.groupdict().items() if v}
            if {"vis", "aco"} <= kinds and (_CHANNEL_NOUN_AFTER.match(s.text, run[-1].end()) or
                                            _CHANNELS_BEFORE.search(s.text, 0, run[0].start())):
                pick = {"vis": "video", "aco": "speech", "lang": "text"}
                for r in run:
                    kind = next(k for k, v in r.groupdict().items() if v)
                    if kind == "aco" and MODALITY + "music" in modalities:
                        continue  # the audio of a music video is its music
                    modalities.setdefault(MODALITY + pick[kind], (_pseudo(s, r), s, "listed-channels", 0.7))
            run = [w] if w is not None else []


# how people type, click, swipe or write by hand: behaviour no modality of the vocabulary covers
_BEHAVIOUR_TITLE = re.compile(r"\b(?:keystrokes?|keyboard|typing|handwriting|(?:computer\s+)?mouse\s+(?:cursor|"
                              r"movements?|dynamics|usage|data|clicks?|behaviou?r)|cursor|touch\s?screens?|swipes?|"
                              r"swiping)\b", re.I)


def _films_unseen(modalities: dict, found, text: str) -> None:
    """Movies or films named only as such, with no frame, face, scene, clip or visual feature read, are what the
    paper's texts or people are about ("predict the box office of movies", "emotions elicited by films"), not video."""
    video = modalities.get(MODALITY + "video")
    if video is None or video[2] != "gazetteer":
        return
    surfaces = [m.surface.lower() for m, _ in found if m.concept.id == "video"]
    if surfaces and all(s.rstrip("s") in ("movie", "film") for s in surfaces) and not _VIDEO_READ.search(text) and \
            not _FILM_SEEN.search(text):
        del modalities[MODALITY + "video"]


_FILM_SEEN = re.compile(r"\b(?:scenes?|clips?|shots?|sequences?|excerpts?|trailers?|footage|multimodal|audio|soundtracks?)\b", re.I)


def _behaviour_only(modalities: dict, found, title: str) -> None:
    """A title that reads affect from typing, the mouse, touch strokes or handwriting, and names no modality,
    reads none: the channels its abstract names are the field's or the ones it does without ("systems using
    facial expressions, voices, gaits, and physiological signals ... are often impractical"), and the words typed
    are counted, not read ("Identifying Emotional States through Keystroke Dynamics"). Images stay (scanned
    handwritten scripts are read as images), and so does text when the title says messages are written ("A Soft
    Keyboard that Suggests Messages")."""
    if _BEHAVIOUR_TITLE.search(title) and not any(s.in_title for _, s in found):
        keep = {MODALITY + "image"} | ({MODALITY + "text"} if _MESSAGES_TITLE.search(title) else set())
        for iri in [i for i in modalities if i not in keep]:
            del modalities[iri]


_MESSAGES_TITLE = re.compile(r"\bmessages?", re.I)


def _channels_of_the_title(modalities: dict, tasks: dict, title: Sentence) -> None:
    """Channels a title implies that no word of the paper names: the audio of "audio-visual" is speech
    (unless it is music), a language model reads and writes text, and emotion causes and empathy with no
    channel named are found in text."""
    low = title.text.lower()
    if "visual" in low and MODALITY + "speech" not in modalities and MODALITY + "music" not in modalities and \
            (hit := _AUDIO_VISUAL.search(title.text)):
        modalities[MODALITY + "speech"] = (_pseudo(title, hit), title, "audio-visual-title", 0.7)
    if MODALITY + "text" not in modalities and ("language model" in low or "llm" in low) and \
            (hit := _LLM.search(title.text)):
        modalities[MODALITY + "text"] = (_pseudo(title, hit), title, "language-model-title", 0.65)
    if not modalities and (task := next((t for t in _TEXT_BY_DEFAULT if t in tasks), None)):
        m, s, _rule, _conf = tasks[task]
        modalities[MODALITY + "text"] = (m, s, "text-by-default", 0.6)


def _media_unread(modalities: dict, tasks: dict, text: str, title: str) -> None:
    """Songs known only by their lyrics are text: without any sound the paper reads no music
    ("Multi-Emotion Classification for Song Lyrics"); music emotion recognition it still is. Music or
    films a system recommends or prescribes ("Music Recommendation Based on Facial Emotion Recognition",
    "music therapy", "Leveraging Movie Recommendation Using Facial Emotion") are what it gives, not what
    it reads, unless the paper analyses the songs' audio or the videos' pictures. So is music that evokes
    the emotions an EEG or a body sensor reads ("EEG-based emotion recognition in music listening"), or that
    people play while their movement is read, unless the paper recognises the music's emotion or analyses its
    audio. So are videos watched while one records ("Video-elicited EEG") and videos that only hold the comments
    the paper reads ("comments under YouTube videos"), unless the paper reads their frames or the faces in them."""
    if MODALITY + "music" in modalities and (
            MODALITY + "text" in modalities and _LYRICS.search(text) and not _SOUND.search(text) or
            _MEDIA_GIVEN.search(title) and not _MUSIC_AUDIO.search(text) or
            {MODALITY + "eeg", MODALITY + "physio", MODALITY + "body"} & modalities.keys() and
            TASK + "music-emotion-recognition" not in tasks and not _MUSIC_AUDIO.search(text)):
        del modalities[MODALITY + "music"]
    if MODALITY + "video" in modalities and _MEDIA_GIVEN.search(title) and not _VIDEO_SEEN.search(text):
        del modalities[MODALITY + "video"]
    if MODALITY + "video" in modalities and _VIDEO_COMMENTS.search(text) and not _VIDEO_READ.search(text):
        del modalities[MODALITY + "video"]  # "comments under YouTube videos ... the quality of videos": the videos
        # hold the comments the paper reads; their pictures are never looked at
    if (video := modalities.get(MODALITY + "video")) and (MODALITY + "eeg" in modalities or
                                                          MODALITY + "physio" in modalities) and \
            not _VIDEO_READ.search(text) and not _FUSED_VIDEO_TITLE.search(title):
        del modalities[MODALITY + "video"]  # "EEG-based affect decoding from videos", "enjoyment of movie scenes":
        # beside brain or body signals, videos of which no frame, face or camera is read are what people watched
        # (not a video the title fuses with them: "Fusing EEG and video for emotion recognition")


_AUDIO_WORDS = {"audio", "acoustic", "audio signal", "audio signals", "acoustic features", "audio features",
                "vocal", "vocals", "voice", "voices", "singing voice", "prosody"}  # of a song: music
# "hate speech", "hope speech", "co-speech gestures", "speech acts", "parts of speech", "languages spoken around the
# world", "parliamentary speech" (transcripts), "textual speech", "student voices" (what they say, written down)
_SPEECH_BEFORE = re.compile(r"(?:\b(?:hate|hateful|hope|fear|dangerous|offensive|toxic|abusive|free|counter|reported|inner|"
                            r"parliamentary|legislative|political|campaign|presidential|textual|figurative)[\s-]|\bco-|"
                            r"\b(?:student|customer|citizen|consumer|collective)s?'?\s|"  # "Student Voices": opinions
                            r"\brais(?:e|es|ed|ing)\s+(?:(?:our|their|your|his|her|its|a|the)\s+)?|"  # "raise our voice"
                            r"\bparts?[\s-]?of[\s-]|\bfigures? of\s)$", re.I)  # "Part-Of-Speech (POS) tags" (and
# "Partof-Speech", a space lost)
_DEBATE = re.compile(r"\b(?:[Pp]arliament\w*|[Cc]ongress\w*|Hansard|[Ll]egislat\w+|[Ss]enat\w+|[Dd]ebates?)\b")
_OUTSPOKEN_BEFORE = re.compile(r"\b(?:more|most|increasingly|very|less|both)\s+$", re.I)
_ON_PLATFORM = re.compile(r"\b(?:on|from)\s+(?:Twitter|X|Reddit|Facebook|Weibo|social\s+media)\b")
_HEARD = re.compile(r"\b(?:audio|acoustic|spoken|voices?|vocal|prosod\w*|recordings?|podcasts?|videos?|YouTube|"
                    r"TikTok|utterances?|speakers?)\b", re.I)
_VOICES_OF_PEOPLE = re.compile(r"\b(?:patients?|users?|their|people['’]?s?|public|communit(?:y|ies)|women['’]?s?)['’]?\s$",
                               re.I)
# "one of the most spoken languages", "widely spoken languages", "unlike spoken languages": languages
_LANGUAGES_AFTER = re.compile(r"\s+languages\b", re.I)
_LANGUAGE_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:an|ic|ish|ese|i)\s+$")
_LANGUAGES_SPOKEN = re.compile(r"\b(?:most|widely|commonly|unlike|less|least|rarely|highest|largest)\s+$", re.I)
_SPEECH_AFTER = {"speech": re.compile(r"\s+(?:acts?\b|or\s+discourse\b)", re.I),  # "a speech or discourse context"
                 "spoken": re.compile(r"\s+(?:around|across|worldwide|by|in)\b", re.I),
                 # "voice coil actuators": a vibration motor; "for users to voice opinions": to say them
                 "voice": re.compile(r"[\s-]+coils?\b|\s+and\s+(?:opinions?|views?|concerns?)\b|\s+raised\s+by\b|"
                                     # "the voice of customers" (what they want), "voice assistants", "voice user
                                     # interface design": the device people talk to, not a voice the paper hears
                                     r"\s+of\s+(?:the\s+)?(?:customers?|consumers?|users?|citizens?)\b|"
                                     r"[\s-]+(?:assistants?|user\s+interfaces?|interfaces?|commands?|"
                                     r"shopping|search)\b|"
                                     r"\s+(?:(?:their|its|our|his|her|the)\s+)?(?:opinions?|concerns?|"
                                     r"views?|complaints?|grievances?|dissatisfaction|frustrations?|disagreement|"
                                     r"criticism|support)\b", re.I),
                 # "the voices of early-career researchers", "make their voices heard": what people think
                 "voices": re.compile(r"\s+(?:heard\b|of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:researchers|scholars|users|"
                                      r"patients|people|citizens|communities|women|youth|students|the\s+public)\b|"
                                      # "Neutral Voices in Online Depression Discourse": views written online
                                      r"(?:in|on|across)\s+(?:the\s+)?(?:online|social\s+media|Twitter|Reddit|forums?)\b)",
                                      re.I),
                 # "vocal Twitter users", "a vocal minority": outspoken people
                 "vocal": re.compile(r"\s+(?:[A-Z]\w+\s+)?(?:users?|critics?|supporters?|opponents?|minorit\w+|"
                                     r"advocates?|members?|people|accounts?|groups?)\b", re.I)}


# "Rationale-based Opinion Summarization", "Informative and Controllable Opinion Summarization": summaries of what
# reviewers think, which classify no sentiment (not "Polarity Calibration for Opinion Summarization")
_OPINION_SUMMARY = re.compile(r"\b(?:opinion|review)s?\s+summari[sz]\w*", re.I)
_AFFECT_IN_TITLE = re.compile(r"sentiment|polarit|positive|negative|emotion|affect|aspect", re.I)


# a title on rewriting or generating text with a sentiment or emotion asked for: "Sentiment Transfer",
# "Sentiment-Controlled Text Generation", "Emotion and Sentiment Guided Paraphrasing", "Controllable Emotional Text"
_CONTROLLED_TITLE = re.compile(r"\b(?:sentiment|emotion|emotional|affective|style)[\s-]+(?:style\s+)?(?:transfer|"
                               r"controll?ed|controllable)\b|\bcontroll?able\s+(?:[\w-]+\s+){0,2}(?:sentiment|emotion)|"
                               r"\b(?:sentiment|emotion)[\s-]+guided\s+(?:paraphras\w*|(?:text\s+)?generation|rewriting)",
                               re.I)


def _controlled_generation(tasks: dict[str, tuple], title: str) -> None:
    """Text written to carry a sentiment or emotion asked for is generated, not classified: the recognition tasks
    its words suggest go (over all gold, 91 of 95 such titles have neither)."""
    if _CONTROLLED_TITLE.search(title):
        tasks.pop(TASK + "sentiment-analysis", None)
        tasks.pop(TASK + "text-emotion-recognition", None)


# a title on making faces or expressions ("Facial Expression Translation Using Landmark Guided GANs", "One-shot Face
# Reenactment", "Landmark-Guided Diverse Smile Generation") and on reading none of them
_FACE_MADE_TITLE = re.compile(r"\b(?:generat(?:e|es|ed|ing|ion)|synthes\w*|translation|editing|manipulation|"
                              r"transfer(?!\s+learning)|reenactment|animat\w*|morphing)\b", re.I)
_FACE_TITLE = re.compile(r"\b(?:fac(?:e|es|ial)|expressions?|smiles?|avatars?)\b", re.I)
_READ_TITLE = re.compile(r"recogni|classif|detect|analy|estimat|predict|understand|representation|assess|"
                         r"augment|\bdata\b|data\s?set|database|benchmark", re.I)


def _faces_made_not_read(tasks: dict[str, tuple], title: str) -> None:
    """Faces generated, edited or reenacted with an expression asked for are made, not recognised: facial
    expression recognition goes unless the title also reads expressions or makes data for reading them."""
    if TASK + "facial-expression-recognition" in tasks and _FACE_MADE_TITLE.search(title) and \
            _FACE_TITLE.search(title) and not _READ_TITLE.search(title):
        tasks.pop(TASK + "facial-expression-recognition")


def _summary_classifies_nothing(tasks: dict[str, tuple], title: str) -> None:
    """Opinion summarisation is no sentiment analysis unless its title says it weighs sentiment."""
    if TASK + "sentiment-analysis" in tasks and _OPINION_SUMMARY.search(title) and not _AFFECT_IN_TITLE.search(title):
        del tasks[TASK + "sentiment-analysis"]


# "Personality Traits in LLMs", "Modulating Personality of Large Language Models", "PEFT-Driven Personality
# Manipulation": a personality given to a model or read off it, not one detected in people
_MACHINES = r"(?:(?:large\s+)?language\s+models?|LLMs?|(?:AI|conversational|dialogue|role-?playing|LLM-based)\s+agents?|" \
    r"chatbots?|GPT[\w.-]*|models?)"
_MACHINE_PERSONALITY = re.compile(
    rf"personalit\w*\s+(?:traits?\s+)?(?:of|in|to|for)\s+(?:the\s+|an?\s+|these\s+|quantized\s+)?{_MACHINES}\b|"
    rf"\b{_MACHINES}['’]s?\s+personalit|\b(?:LLM|model|agent|chatbot|machine)\s+personalit|"
    r"personality\s+(?:manipulation|prompting|induction|vectors?|steering|editing|consistency|shifts?|simulation|"
    r"injection|control|modulation)|"
    rf"\b{_MACHINES}\s+(?:to\s+)?(?:simulat|express|possess|exhibit|display|emulat|mimic)\w*\s+(?:\w+\s+){{0,3}}?"
    r"personalit", re.I)  # ("LLMs Simulate Big Five Personality Traits", "the Ability of LLMs to Express Personality")
# "a widespread human personality assessment tool", "personality assessments such as the BFI", "Language Model
# Linguistic Personality Assessment": the questionnaire given to a model, not people's personality detected
_INSTRUMENT = re.compile(rf"(?:\bhuman|{_MACHINES}(?:\s+\w+)?)\s+$", re.I)
_INSTRUMENT_AFTER = re.compile(r"s\b|\s+(?:tools?|instruments?|inventor\w*|questionnaires?|scales?)\b", re.I)
_PERSONALITY_DETECTED = re.compile(
    r"(?:detect|predict|recogni[sz]|classif|infer|estimat|profil|identif)\w*\s+(?:\w+\s+){0,4}?personalit|"
    r"personality\s+(?:traits?\s+)?(?:detection|prediction|recognition|classification|inference|estimation|"
    r"profiling|identification|computing|assessment)", re.I)


_READ_FROM_SIGNALS = (TASK + "physiological-emotion-recognition", TASK + "multimodal-emotion-recognition")
_READ_BY_PEOPLE = (TASK + "speech-emotion-recognition", TASK + "facial-expression-recognition",
                   TASK + "multimodal-emotion-recognition")
# "Vocal Emotion Perception in Children Using Cochlear Implants", "Perception of Basic Emotions from Facial
# Expressions of Dynamic Virtual Avatars": people perceiving emotions, a study of listeners and viewers
_PERCEPTION_TITLE = re.compile(r"\b(?:emotion\w*|prosod\w*|expressions?|affect\w*)\s+(?:\w+\s+)?perception\b|"
                               r"\bperception\s+of\s+(?:\w+\s+){0,3}?(?:emotion\w*|prosod\w*|expressions?)", re.I)


# what a change does to people's skill at reading emotions, or the skill itself, in a title
_HUMAN_ABILITY_TITLE = re.compile(
    r"\b(?:impacts?|effects?|influence|role)\s+of\s+.{3,80}?\bon\s+(?:[\w-]+\s+){0,4}?(?:emotion|expression|affect)\w*\s+"
    r"(?:recognition|perception|identification|processing)\s+(?:in|among|by|of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:adults|children|adolescents|people|persons|individuals|patients|participants|observers|listeners|viewers|"
    r"infants|students|women|men|[A-Z]\w+(?:ans|ese|ish))\b|\bobserver\W?s?\b.{0,80}\b(?:emotion|expression)\w*\s+"
    r"(?:recognition|perception|identification)\b|"
    r"\b(?:emotion|expression|affect)\w*\s+(?:recognition|identification)\s+abilit(?:y|ies)\b|"
    r"\b(?:superior|impaired|poorer|better|deficits?\s+in|decline\s+in)\s+(?:[\w-]+\s+){0,2}?(?:emotion|expression)\w*\s+"
    r"(?:recognition|identification|perception)\b|"
    # "Sleep deprivation impairs the accurate recognition of human emotions", "Deaf signers outperform hearing
    # non-signers in recognizing ...", "Delayed recognition of emotional facial expressions in Bell's palsy"
    r"\b(?:impairs?|impaired|outperform\w*|delayed)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:recognition|recogni[sz]ing|perception|identification|identifying)\b", re.I)
_MACHINE_TITLE = re.compile(r"\b(?:learning|networks?|models?|algorithms?|automat\w*|classif\w*|machines?|"
                            r"computer|AI|artificial|neural|deep|system|dataset|corpus)\b", re.I)


def _people_perceiving(tasks: dict[str, tuple], title: str) -> None:
    """A study of how people perceive emotions in voices or faces recognises none by machine: the recognition
    task that only a channel and the word "emotion" suggested goes, unless the title says a system recognises."""
    if _HUMAN_ABILITY_TITLE.search(title) and not _MACHINE_TITLE.search(title):
        for task in _READ_BY_PEOPLE:  # "Impact of face masks and sunglasses on emotion recognition in South Koreans",
            tasks.pop(task, None)  # "Superior facial emotion recognition in adolescents with anorexia nervosa":
        return  # people's skill, whatever names it
    if not _PERCEPTION_TITLE.search(title) or _PREDICTING_TITLE.search(title) or _LLM.search(title) or \
            _HAS_DATA_NOUN.search(title):
        return  # (a corpus "to Study Emotion Perception" is data for recognition)
    _drop(tasks, _READ_BY_PEOPLE, ("generic-task+modality",))


def _work_state_not_feeling(tasks: dict[str, tuple], title: str) -> None:
    """A paper on a state of work ("EEG-based mental fatigue assessment during driving", "Estimating Vigilance Using
    EEG and Forehead EOG") reads no feeling from the signals, whatever their words share with emotion papers: the
    classifier's recognition tasks go, unless the title names an affect."""
    if not _WORK_STATE_TITLE.search(title) or _EMOTION_WORD.search(title) or _WELLBEING.search(title):
        return
    _drop(tasks, _READ_FROM_SIGNALS, ("classifier",))


def _machine_personality(tasks: dict[str, tuple], text: str) -> None:
    """A paper about the personality of language models detects no one's personality, unless it says so."""
    if TASK + "personality-detection" in tasks and _MACHINE_PERSONALITY.search(text) and \
            not any(not _questionnaire(text, d) for d in _PERSONALITY_DETECTED.finditer(text)):
        del tasks[TASK + "personality-detection"]


def _questionnaire(text: str, found: re.Match) -> bool:
    """A "personality assessment" that is a human questionnaire, or one given to a model."""
    return found.group(0).lower().endswith("assessment") and bool(
        _INSTRUMENT.search(text, max(0, found.start() - 40), found.start()) or _INSTRUMENT_AFTER.match(text, found.end()))


_RATED_NOT_PREDICTED = (TASK + "dimensional-affect-prediction", TASK + "text-emotion-recognition")


def _ratings_not_predicted(tasks: dict[str, tuple]) -> None:
    """Norms people give words or stimuli ("Norms of arousal and valence for 908 Portuguese words") are collected,
    not predicted: the classifier's dimensional prediction or text emotion recognition beside them goes."""
    rule = tasks.get(TASK + "emotion-annotation-methodology", (None, None, ""))[2]
    if rule in ("word-ratings-title", "stimulus-ratings-title"):
        _drop(tasks, _RATED_NOT_PREDICTED, ("classifier", "dimensional-model+prediction"))


def _drop(tasks: dict[str, tuple], names: tuple[str, ...], rules: tuple[str, ...]) -> None:
    """Remove the named tasks that only these (weak) rules gave: a stronger signal's task stays."""
    for task in names:
        if task in tasks and tasks[task][2] in rules:
            del tasks[task]


def _dimensional_sentiment(tasks: dict[str, tuple], folded: str) -> None:
    """"Dimensional sentiment analysis" rates valence and arousal: its sentiment is that prediction, not polarity
    classification beside it (the IJCNLP 2017 and ROCLING 2021 shared tasks); aspect-based sentiment, dimensional
    or not, stays sentiment analysis."""
    if TASK + "dimensional-affect-prediction" in tasks and "dimensional sentiment analysis" in folded and \
            "aspect" not in folded:
        tasks.pop(TASK + "sentiment-analysis", None)


def _context(m: Match, s: Sentence, before: int, after: int) -> tuple[str, str]:
    """Up to ``before`` characters of the sentence before a match and ``after`` characters after it."""
    at, end = m.start - s.start, m.end - s.start
    return s.text[max(0, at - before): at], s.text[end: end + after]


def _not_appraisal_theory(m: Match, s: Sentence) -> bool:
    """"Appraisal, informational, emotional and instrumental support" are kinds of social support; "the annual
    appraisal process" and "a listener's appraisal of the music" are ratings. Neither names appraisal theory."""
    before, after = _context(m, s, 20, 60)
    return bool(_SUPPORT_TYPES.search(s.text) or _RATED_BEFORE.search(before) or _RATED_AFTER.match(after) or
                _AN_BEFORE_OF[0].search(before) and _AN_BEFORE_OF[1].match(after))


def _not_speech(m: Match, s: Sentence) -> bool:
    """The word "speech" or "spoken" used for something other than the speech signal."""
    before, after = _context(m, s, 20, 16)
    if _SPEECH_BEFORE.search(before) or m.surface[:6].lower() == "spoken" and _LANGUAGES_SPOKEN.search(before):
        return True
    if m.surface[:6].lower() == "spoken" and (_LANGUAGES_AFTER.match(s.text, m.start - s.start + 6) or
                                               _LANGUAGE_NAMED_BEFORE.search(before)):
        return True  # "2474 spoken languages", "the Algerian spoken language": languages, not the speech signal
    if m.surface.lower() == "voices" and _VOICES_OF_PEOPLE.search(before):
        return True  # "aggregating patient voices", "patients' voices", "make their voices heard": what they think
    if m.surface.lower() == "speech" and _ON_PLATFORM.search(s.text) and not _HEARD.search(s.text):
        return True  # "a psychological analysis of speech used by conspiracy theorists ... on Twitter": what they write
    if m.surface.lower().startswith("speech") and _DEBATE.search(s.text) and not _HEARD.search(s.text):
        return True  # "Speech-level Sentiment Analysis of Parliamentary Debates": the record of what was said
    if m.surface.lower() == "vocal" and _OUTSPOKEN_BEFORE.search(before):
        return True  # "made the anti-vaxx movement both more vocal and effective": outspoken
    follows = _SPEECH_AFTER.get(m.surface.lower())
    return bool(follows and follows.match(after))


# "movie reviews", "Movie Sentiment Classification", "film scripts", "movie dialogues": texts about a video, not the
# video; "video games" are games
_ABOUT_VIDEO = re.compile(r"\s+(?:reviews?|scripts?|screenplays?|subtitles?|plots?|synops[ie]s|titles?|critics?|"
                          r"dialogues?|transcripts?|recommendations?|games?|gam(?:ing|eplay))\b|"
                          # "the popular Chinese movie-rating website", "the most popular video-based social media
                          # platform": where the texts are, not video
                          r"[\s-]+(?:ratings?|rating\s+(?:sites?|websites?)|based\s+(?:social\s+media\s+)?"
                          r"(?:platforms?|sites?|websites?)|sharing\s+(?:platforms?|sites?|websites?))\b", re.I)
# "Movie Sentiment" is the sentiment of reviews (but "Video Sentiment Analysis" reads the videos)
_ABOUT_FILM = re.compile(r"\s+(?:sentiments?|opinions?)\b", re.I)
# the comments or reviews people write under YouTube videos: text, whatever the abstract says of the videos
_ANIMALS = re.compile(r"\b(?:animals?|cats?|dogs?|canine|pigs?|piglets?|swine|cattle|cows?|calf|calves|horses?|goats?|"
                      r"sheep|chickens?|hens?|poultry|birds?|macaques?|primates?|monkeys?|livestock|mice|rats?|"
                      r"bats?|whales?|dolphins?|ducks?|geese|goose|turkeys?|rabbits?|elephants?|lambs?|sows?|"
                      r"marmosets?|meows?|meowing|barks?|barking)\b", re.I)
def _animal_calls(found, title: str) -> bool:
    """The speech words of a paper on animals ("cow vocalizations", "acoustic features" of calls) are their calls."""
    speech = [m for m, _ in found if m.concept.id == "speech"]
    return bool(speech) and bool(_ANIMALS.search(title)) and all(_VOCAL.match(m.surface) for m in speech)


# what says the sounds a paper hears are of places and things, not of people speaking
_NON_SPEECH_SOUND = re.compile(r"\b(?:soundscapes?|(?:environmental|aversive|nature|natural|non-?verbal|urban|everyday|"
                               r"unpleasant|affective|emotional)\s+sounds?|sound\s+(?:effects?|design|quality)|"
                               r"(?:urban|traffic|road|aircraft|industrial)\s+noises?|ASMR|"
                               r"autonomous\s+sensory\s+meridian|acoustic\s+comfort|(?<!infant's\s)(?<!infant’s\s)"
                               r"acoustic\s+environments\s+(?:of|in)\b|IADS|"
                               r"Digiti[sz]ed\s+Sounds|misophon\w+|noise\s+annoyance)\b", re.I)
_PEOPLE_HEARD = re.compile(r"\b(?:calls|speakers?|utterances?|conversations?|dialogues?|interviews?|talking|"
                           r"spoken|vocali[sz]ations?)\b", re.I)  # people heard in the noise ("calls recorded with ...")
_SOUND_WORDS = {"acoustic", "acoustic features", "audio", "audio signal", "audio signals", "audio modality"}


def _sounds_not_speech(found, text: str) -> bool:
    """The acoustic words of a paper on soundscapes, environmental or affective sounds and noise ("acoustic
    comfort", "a 10 minute audio track of ASMR triggers") are of those sounds: no one's speech is heard."""
    speech = [m for m, _ in found if m.concept.id == "speech"]
    return bool(speech) and all(m.surface.lower() in _SOUND_WORDS for m in speech) and \
        bool(_NON_SPEECH_SOUND.search(text)) and not _PEOPLE_HEARD.search(text)


_SIGNED = re.compile(r"\bsign(?:ed)?\s+languages?\b|\bsigners?\b|\bsigning\b", re.I)  # languages not written
_VOCAL = re.compile(r"vocal|calls?\b|sounds?\b|audio|acoustic|voices?\b", re.I)  # what an animal utters
_MEDIA_COMMENTS = re.compile(r"\b(?:YouTube|videos?|songs?|music|clips?|vlogs?)\W+(?:[\w-]+\W+){0,2}?comments?\b", re.I)
_EMOJI = re.compile(r"\b(?:emojis?|emoticons?|emoji\w*|smileys?)\b", re.I)
_REAL_FACES = re.compile(r"\b(?:human|real|photo\w*|videos?|camera|webcam|participants['’]?)\b", re.I)
_FILM_REVIEWS = re.compile(r"\b(?:movie|film)s?\s+reviews?\b", re.I)
_SEEN_FILM = re.compile(r"multimodal|multi-modal|video|youtube|visual|audio|clips?\b|trailers?", re.I)
_YOUTUBE_TEXT = re.compile(r"\bYouTube\b.{0,40}\b(?:comments?|reviews?)\b", re.I)
# "Bangla comments from various videos of three YouTube channels": the text written under them
_COMMENTS_ON = re.compile(r"\b(?:comments?|replies)\s+(?:(?:from|on|under|of|to|posted|left|written)\s+)+"
                         r"(?:[\w-]+\s+){0,3}$", re.I)
# "while watching affective movie clips", "induced by emotional video clips", "exposed to movies": the
# stimulus shown to participants (whose signals are recorded), not data the method reads
_STIMULUS = re.compile(r"\b(?:(?<!smart\s)watch(?:ing|ed|es)?|view(?:ing|ed)|exposed\s+to|presenting|induced\s+by|"
                       r"showed|shown)\s+"
                       r"(?:[\w-]+\s+){0,3}$", re.I)


# "brand image", "corporate image management", "an overall picture of": reputation or overview, not pictures
_REPUTATION = re.compile(r"\b(?:corporate|brand|public|self|body|company|professional|destination)[\s-]+$", re.I)
# "the perception of image of products": what a product or place is thought to be
_REPUTATION_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:products?|brands?|destinations?|compan\w+|"
                            r"firms?|cit(?:y|ies)|countr\w+)\b", re.I)
# "extracted from the spectrogram of the speech signal using image processing techniques"
_SPECTROGRAM = re.compile(r"\b(?:spectrograms?|scalograms?)\b", re.I)
_OVERVIEW = re.compile(r"\b(?:overall|big|bigger|clear|clearer|complete|full|fuller|better|comprehensive|holistic|"
                       r"broad|broader|nuanced|unclear|faithful|detailed|complex|incomplete|accurate|continuous|"
                       r"intuitive|clinical|whole|mixed|different|similar|coherent|consistent)\s+$", re.I)


# "mel-spectrogram images", "2D ECG images", "spectrograms, images auto-generated from audio": signals drawn as pictures
_SIGNAL_PICTURE = re.compile(r"\b(?:(?:mel[\s-]?)?(?:spectrograms?|spectrum|spectra)|scalograms?|MFCCs?|ECG|EEG)\s*,?\s+"
                             r"(?:[\w-]+\s+)?$|\b(?:arranged|encoded|converted|transformed)\s+(?:in|into|to|as)\s+"
                             r"(?:(?:a|an|two|individual|2-?D|two-dimensional)\s+)*$", re.I)
# "2-D images generated through continuous wavelet transform", "image features of ECG signal"
_PICTURE_OF_SIGNAL = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:of|from|through|by)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:ECG|EEG|EMG|signals?|spectrograms?|wavelets?|CWT|MFCCs?)\b", re.I)


# "even in the presence of body movement", "remove the influence of body motion", "robust to body movements",
# "body-motion artifacts": movement that disturbs a signal the paper reads, not a channel it reads
_NOISE_BEFORE = re.compile(r"\b(?:(?:presence|influence|effects?|interference|impact|artifacts?|noise)\s+"
                           r"(?:of|from|caused\s+by)|robust(?:ness)?\s+(?:to|against)|despite|free\s+from|"
                           r"suppress\w*|remov\w+|compensat\w+\s+for)\s+(?:(?:the|any|random|radial|large|"
                           r"significant|slight|small)\s+)*$", re.I)
_NOISE_AFTER = re.compile(r"[\s-]+(?:artifacts?|artefacts?|noise|interference)\b", re.I)


# "rapid eye movement (REM) sleep": a stage of sleep, not eye movements read
_REM_SLEEP = re.compile(r"\brapid\s+eye\s+movements?\s*(?:\(REM\)|sleep)", re.I)
# a wearable that is an EEG device ("Wearable EEG-Based Classification", "EEG from a wearable headband")
_WORN_EEG = re.compile(r"\bwearables?\W+(?:[\w-]+\W+){0,2}?(?:EEG|electroencephalo)|"
                       r"\b(?:EEG|electroencephalo\w*)\W+(?:[\w-]+\W+){0,2}?wearables?\b", re.I)
_HAPTIC = re.compile(r"\b(?:haptic\w*|vibrotactile|vibration\w*|skin\s+stimulation)\b", re.I)  # touch given


def _as_noise(m: Match, s: Sentence) -> bool:
    """A body's movement named as what disturbs the signal read, not as a channel of its own."""
    at, end = m.start - s.start, m.end - s.start
    return bool(_NOISE_BEFORE.search(s.text, max(0, at - 60), at) or _NOISE_AFTER.match(s.text, end))


# "paints a picture of chronic fatigue", "present a picture of progressive augmentation", "provide us with an accurate
# enough picture": an account given
_PICTURE_GIVEN = re.compile(r"\b(?:paint\w*|present\w*|give\w*|provid\w*|offer\w*|draw\w*|gain\w*)\s+(?:us\s+)?"
                            r"(?:with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "Moving Picture Experts Group", "motion picture", "picture-in-picture videos", "picture quality": no picture read
_PICTURE_NAMED = re.compile(r"\b(?:Moving\s+Picture\s+Experts|motion\s+pictures?|picture-in-picture|"
                            r"pictures?\s+quality)\b", re.I)


def _figurative_image(m: Match, s: Sentence) -> bool:
    """An image word for something that is no picture the method reads: a reputation, an overview, a signal."""
    before = s.text[max(0, m.start - s.start - 40):m.start - s.start]
    return bool(_REPUTATION.search(before[-20:]) or _SIGNAL_PICTURE.search(before) or
                _PICTURE_OF_SIGNAL.match(s.text, m.end - s.start) or _REPUTATION_OF.match(s.text, m.end - s.start) or
                (s.text[m.end - s.start:m.end - s.start + 11].lower() == " processing" and
                 bool(_SPECTROGRAM.search(s.text))) or
                (m.surface.lower().startswith("picture") and (
                    _OVERVIEW.search(before[-20:]) or _PICTURE_GIVEN.search(before) or
                    _PICTURE_NAMED.search(s.text, max(0, m.start - s.start - 7), m.end - s.start + 12))))
# "facial EMG", "Facial Electromyography": a physiological signal recorded on the face, not the face's image
_SENSED_ON_FACE = re.compile(rf"\s+(?:surface\s+)?(?:{_EMG_WORDS}|muscle)\b", re.I)


def _sensed_on_face(m: Match, s: Sentence) -> bool:
    return bool(_SENSED_ON_FACE.match(s.text, m.end - s.start))


_STIMULUS_MEDIA = frozenset({"video", "speech", "image", "music"})
_STIMULUS_SENTENCE = re.compile(r"\b(?:elicit|stimul|evok|induc|trigger)", re.I)


def _near_stimulus(m: Match, s: Sentence) -> bool:
    """A stimulus word within a few words of the mention ("elicited using movie sequences", "video stimuli")."""
    lo, hi = max(0, m.start - s.start - 60), m.end - s.start + 60
    return bool(_STIMULUS_SENTENCE.search(s.text, lo, hi))


# "… during Video Watching", "Video-triggered EEG-emotion databases", "Reactions to Affective Videos": a title's
# medium that participants watched while their signals were recorded
_TITLE_STIMULUS_AFTER = re.compile(r"[\s-]+(?:watching|viewing|triggered|elicited|induced|evoked)\b", re.I)
_TITLE_STIMULUS_BEFORE = re.compile(r"\b(?:(?:responses?|reactions?|exposure)\s+to|watching|viewing)\s+"
                                    r"(?:[\w°-]+\s+){0,3}$", re.I)


def _title_stimulus(m: Match, s: Sentence) -> bool:
    """A title's video (or music, speech, image) that is what people watched, not what the method reads."""
    at, end = m.start - s.start, m.end - s.start
    return bool(_TITLE_STIMULUS_AFTER.match(s.text, end) or _TITLE_STIMULUS_BEFORE.search(s.text, max(0, at - 60), at))


_INDUCING = re.compile(r"\s+(?:were|was)\s+(?:used|shown|presented|played)\s+to\s+(?:induce|elicit|evoke)\b|"
                       r"\s+(?:were|was)\s+used\s+as\s+(?:emotional\s+)?(?:stimuli|elicitors)\b|"
                       r"\s+as\s+(?:an?\s+)?(?:mood|emotion)\s+induction\b", re.I)  # "video clips as mood induction"
_INDUCING_BEFORE = re.compile(r"\b(?:mood|emotion|affect)[\s-]+(?:evoking|eliciting|inducing)\s+$|"
                              r"\bstimul(?:us|i)\s+$", re.I)  # "fear and happiness stimulus videos"


def _inducing(m: Match, s: Sentence) -> bool:
    """Media people were shown to put them in a mood: "four movie clips were used to induce mood", "one of the
    four mood evoking video clips"."""
    return bool(_INDUCING.match(s.text, m.end - s.start) or
                _INDUCING_BEFORE.search(s.text, max(0, m.start - s.start - 30), m.start - s.start))


def _not_video(m: Match, s: Sentence) -> bool:
    """A film or video written as a text about it, as the stimulus participants watched, or as what people's
    opinions are about ("express their opinions or feelings about news, movies, products")."""
    before, _ = _context(m, s, 50, 0)
    return bool(_ABOUT_VIDEO.match(s.text, m.end - s.start) or _STIMULUS.search(before) or
                m.surface.lower().startswith(("movie", "film")) and _ABOUT_FILM.match(s.text, m.end - s.start) or
                _COMMENTS_ON.search(before) or
                _OPINION_ABOUT.search(s.text, max(0, m.start - s.start - 120), m.start - s.start) or
                m.surface.lower().startswith(("movie", "film")) and
                bool(_SOUND_FROM.search(s.text, max(0, m.start - s.start - 100), m.start - s.start)) and
                not _SEEN.search(s.text))


# "5,100 utterances extracted from 55 Turkish movies", "speech samples are collected from 30 Tamil movies": the films'
# sound or lines, not their pictures
_SOUND_FROM = re.compile(r"\b(?:utterances?|speech|audio|quotes?|sentences?|dialogues?|lines)\b[^.;]{0,40}?\b"
                         r"(?:extracted|collected|taken|cut|selected|segmented)\s+from\s+(?:[\w-]+\s+){0,4}?$", re.I)
_SEEN = re.compile(r"\b(?:clips?|visual|audio-?visual|facial|faces?|frames?|images?|multimodal)\b", re.I)


# ("reviews about a specific target (e.g., a movie")
_OPINION_ABOUT = re.compile(r"\b(?:opinions?|feedbacks?|feelings|thoughts|views|reviews)\b[^.;:]{0,40}?\b"
                            r"(?:about|regarding|towards?|on)\s+(?:[^.;:]|e\.g\.|i\.e\.){0,70}$", re.I)


# "preserving the linguistic content" of a voice, "text-independent" recognition: no text is processed
# "linguistic diversity", "cross-linguistic", "non-linguistic vocalizations": languages, or no words at all
_TEXT_AFTER = re.compile(r"(?:\s+(?:content|information|diversity|distance|variation|variability|prosody|strains|"
                         r"distortions?|backgrounds?|and\s+cultural)\b|"
                         r"[\s-]+(?:independent|free|agnostic)\b)", re.I)
_TEXT_BEFORE = re.compile(r"\b(?:without|no)\s+(?:\w+\s+)?$|\b(?:non|cross)[\s-]?$", re.I)


def _text_signal(text: str, sents: list[Sentence]) -> tuple[Sentence, re.Match] | None:
    """The first word that says a paper works on text, and its sentence (not text messages a phone logs)."""
    for hit in _TEXT_SIGNAL.finditer(text):
        s = _sentence_of(sents, hit.start())
        if not _phone_log(s.text, hit.end() - s.start):
            return s, _TEXT_SIGNAL.search(s.text, hit.start() - s.start)
    return None


def _phone_log(sentence: str, end: int) -> bool:
    """"send more text messages", "text messages and calls": a text word ending at ``end`` of the sentence, counted
    with calls, is a phone's logs, not words read."""
    return bool(_MESSAGES_AFTER.match(sentence, end) and _CALLS.search(sentence))


def _not_text(m: Match, s: Sentence) -> bool:
    """A text word that names what a voice keeps, or text the method does without; or text messages counted
    beside calls ("send more text messages", "text messages and calls"): a phone's logs, not words read."""
    before, after = _context(m, s, 20, 14)
    return bool(_TEXT_AFTER.match(after) or _TEXT_BEFORE.search(before) or _phone_log(s.text, m.end - s.start))


_MESSAGES_AFTER = re.compile(r"\s+messag(?:es|ing)\b", re.I)
_CALLS = re.compile(r"\bcalls?\b|\bcall\s+logs?\b|\bphone\s+usage\b", re.I)


def _alternatives(found) -> set[int]:
    """Starts of modality mentions listed as alternatives ("using text, speech, or image data"):
    a field's possibilities, not the paper's data."""
    by_sentence: dict[int, list] = {}
    for m, s in found:
        by_sentence.setdefault(s.start, []).append((m, s))
    out: set[int] = set()
    for pairs in by_sentence.values():
        if len(pairs) < 2:
            continue
        pairs.sort(key=lambda ms: ms[0].start)
        (a, s), (b, _) = pairs[-2], pairs[-1]
        if _OR.fullmatch(s.text[a.end - s.start:b.start - s.start]):
            out.update(m.start for m, _ in pairs)
    return out


_OR = re.compile(r"\s*,?\s*(?:or|and/or)\s+")


_EDITION_NAME = re.compile(r"(.*?[A-Za-z])[\s-]?((?:19|20)\d\d)")


def _edition(m: Match) -> tuple[str, int] | None:
    """The series and year of a challenge's edition ("MER2023" -> ("mer", 2023)), or None."""
    found = _EDITION_NAME.fullmatch(m.concept.pref if m.concept is not None else m.surface)
    return (found.group(1).lower(), int(found.group(2))) if found else None


def _earlier_editions(uses: dict, intro: dict) -> list[str]:
    """Editions of a series older than the one the paper presents: its organisers recall them ("Last year,
    we launched MER2023"), they do not use their data."""
    latest: dict[str, int] = {}
    for m, *_ in intro.values():
        if edition := _edition(m):
            latest[edition[0]] = max(edition[1], latest.get(edition[0], 0))
    return [iri for iri, (m, *_) in uses.items()
            if latest and (edition := _edition(m)) and edition[1] < latest.get(edition[0], 0)]


def _discover(out: Extraction, name: str) -> str:
    """The IRI of a dataset name no catalogue lists, noted once among the paper's discovered datasets."""
    iri = dataset_iri(name)
    same = _singular_words(name)
    for d in out.discovered:
        if d.iri == iri or (" " in name and _singular_words(d.label) == same):
            return d.iri  # "Moral Foundations Weibo" of the title is the abstract's "Moral Foundation Weibo"
    out.discovered.append(DiscoveredDataset(iri, name))
    return iri


def _singular_words(name: str) -> str:
    """A name's words without a plural "s", so that two spellings of one many-word name meet."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in name.lower().split())


def _language_before(m: Match, s: Sentence, title: Sentence) -> str:
    """"Chinese " of a title opening "Chinese EmoBank: ...": a language before a catalogued name at the head of
    a title names that dataset's counterpart in the language, which the paper builds (and so does the same
    pair in its abstract)."""
    word = _word_before(m, s)
    if not (word.strip() in _LANGUAGES or _QUALIFIER.fullmatch(word.strip())):
        return ""  # (or another word: "Sentimental LIAR: Extended Corpus ..." heads the title; not "Revisiting X:")
    name = word + m.surface
    head = title.text.find(name)  # the same pair, named at the head of the title and set off from the rest
    return word if head >= 0 and _heads_title(title.text, head, title) and \
        _NAMED_IN_HEAD.match(title.text, head + len(name)) else ""


def _language_short_named(m: Match, s: Sentence) -> str:
    """"Gujarati " of "Gujarati SentiWordNet (G-SWN) is developed": a language before a catalogued name that
    the pair's own short form follows names the counterpart in that language."""
    word = _word_before(m, s)
    short = _SHORT_FORM.match(s.text, m.end - s.start)
    return word if word.strip() in _LANGUAGES and short and short.group(1)[:1].upper() == word[:1].upper() else ""


def _word_before(m: Match, s: Sentence) -> str:
    """The word right before a match, with the space after it ("Chinese "), or ""."""
    at = m.start - s.start
    words = s.text[max(0, at - 16):at].split()
    return s.text[at - len(words[-1]) - 1:at] if words and s.text[at - 1:at] == " " else ""


def cited_titles(citation: str) -> list[str]:
    """The titles a citation gives in brackets at the end of each of its parts: "Li et al. 2022, Scientific
    Data (A multimodal ... tasks)", "A 2006, LREC (T1); B 2010, LREC (T2)". A title may hold brackets of its
    own ("The Extended Cohn-Kanade Dataset (CK+): ..."), so each is read back to its matching opening bracket."""
    titles = []
    for part in citation.split("; "):
        part = part.rstrip()
        if not part.endswith(")"):
            continue
        depth = 0
        for i in range(len(part) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(part[i], 0)
            if depth == 0:
                if len(inner := part[i + 1:-1]) >= 12 and i > 0:
                    titles.append(inner)
                break
    return titles


_QUALIFIER = re.compile(r"(?!(?:Towards?|Beyond|On|The|An?|Into|About|Rethinking|Revisiting|Improving|Enhancing|"
                        r"Benchmarking|Evaluating|Exploring|Analy[sz]ing|Introducing|Extending)\b)[A-Z][a-z]{3,}")
_YEAR_AFTER = re.compile(r"[\s-]*(?:19|20)\d\d\b")


def _edition_end(text: str, end: int) -> int:
    """Where a name ends with its year, if one follows ("AVEC 2012 - The ... Challenge")."""
    year = _YEAR_AFTER.match(text, end)
    return year.end() if year else end


def _plus_after(m: Match, s: Sentence) -> str:
    """The "+" or "++" right after a catalogued name none of whose labels has one: another dataset's name."""
    at = m.end - s.start
    if not s.text.startswith("+", at) or m.concept.named_with_plus:
        return ""
    end = at
    while s.text.startswith("+", end):
        end += 1
    return s.text[at:end]


_LETTER_PREFIX = re.compile(r"(?<![\w-])[A-Za-z]{1,2}-$")


def _prefix_before(m: Match, s: Sentence) -> str:
    """The "s-" of "s-Aff-Wild2": a letter or two joined on before a catalogued name makes another dataset's name
    (a longer catalogued label, "K-EmoCon", would have matched whole)."""
    at = m.start - s.start
    p = _LETTER_PREFIX.search(s.text, max(0, at - 4), at)
    return p.group(0) if p else ""


def _listed(text: str, start: int, end: int) -> bool:
    """A list separator (comma, "and", "&") right before or after a mention."""
    after, before = text[end:end + 6], text[max(0, start - 6):start]
    return after.startswith((",", " and ", " &")) or before.endswith((", ", " and ", "& "))


def _drop_background_lists(out: dict, found, title: str) -> None:
    """A title that names its modality ("Emotion Detection Using ECG Signals") makes the modalities named
    only in a list of three or more, outside the paper's own work ("Emotions show in faces, speech and
    text"), the field's background rather than what the paper processes; without one, so does a list said of
    emotions in general ("Emotions can be communicated through written text, spoken language and facial
    gestures")."""
    if _SURVEY.search(title):
        return  # a survey's lists are its subject
    titled = any(s.in_title for _, s in found)
    kinds: dict[int, set[str]] = {}
    for m, s in found:
        kinds.setdefault(s.start, set()).add(m.concept.iri)
    lists = {start for start, iris in kinds.items() if len(iris) >= 3}
    # the paper's own work, or the data it describes, is not background
    lists -= {s.start for _, s in found if s.in_title or _OWN_WORK.search(s.text) or _HAS_DATA_NOUN.search(s.text) or
              _THE_MODEL.search(s.text) or
              not (titled or _GENERAL_CLAIM.search(s.text) or _about_others(s.text))}
    elsewhere = {m.concept.iri for m, s in found if s.start not in lists}
    for iri in [i for i in out if i not in elsewhere] if lists else ():
        del out[iri]


_THE_MODEL = re.compile(r"\bthe\s+(?:proposed\s+)?(?:model|framework|system)\s+(?:processes|takes|reads|uses|fuses|"
                        r"combines|integrates)\b", re.I)  # "the model processes the input with text, audio and video"
_GENERAL_CLAIM = re.compile(r"\b(?:can|may|could)\s+be\s+(?:expressed|communicated|conveyed|perceived|manifested|"
                            r"observed|shown|displayed)\b|\b(?:humans|people)\s+(?:use|express|convey|communicate|show|"
                            r"display)\b|"  # "Humans use gestures, facial expressions, and voice pitch"
                            # "several types of data where emotion recognition can be employed, such as text, images,
                            # audio and video", "in distinctive forms such as text, image, audio, video and emoji"
                            r"\b(?:types|kinds|forms|sources|varieties)\s+of\s+(?:data|media|content|modalit\w+|"
                            r"signals|information)\b|\bforms\s+such\s+as\b|"
                            # "raw data published by users in the form of text, image, audio, and video"
                            r"\bin\s+the\s+forms?\s+of\b|"
                            # "due to the absence of gestures, vocal intonation, and facial expressions"
                            r"\b(?:absence|lack)\s+of\b", re.I)


def _maybe_platform(text: str) -> bool:
    """A superset of _PLATFORM by plain substring tests (most abstracts name no platform)."""
    low = text.lower()
    return any(w in low for w in ("social", "online", "reddit", "twitter", "tweet", "weibo", "youtube", "tiktok",
                                  "facebook", "instagram", "tumblr", "blog", "livejournal", "meme"))


def _only_inside(iri: str, found, spans: list[tuple[int, int]]) -> bool:
    """Every mention of a catalogued dataset lies within one of ``spans``, where longer names are written."""
    mentions = [m for m, _ in found if m.concept.iri == iri]
    return bool(mentions) and all(any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)
                                  for m in mentions)


def _occurrences(text: str, name: str):
    """Where the name stands as a whole word: "ScAN" is not in "the model ScANER"."""
    at = text.find(name)
    end = len(name)
    while at >= 0:
        if not (at and text[at - 1].isalnum() or text[at + end:at + end + 1].isalnum()):
            yield at
        at = text.find(name, at + 1)


def _inside_longer_name(m: Match, s: Sentence) -> bool:
    """"the Sharif Emotional Speech dataset": a catalogued name of several words, a capitalised word before it
    mid-sentence, is the end of another name."""
    if s.in_title or " " not in m.surface or not m.surface[:1].isupper():
        return False
    at = m.start - s.start
    before = _CAPITALISED_BEFORE.search(s.text, max(0, at - 40), at)
    return bool(before) and before.start() > 0 and before.group(1) not in _NOT_NAME_START and \
        before.group(1) not in _LANGUAGES  # "the English NRC Emotion lexicon" is that lexicon


_FEATURES_OF = re.compile(r"\bfeatures?(?:\s+sets?)?\s+(?:\w+\s+){0,2}(?:in|of|from|for)\s+(?:the\s+)?$", re.I)
_OWNER_AFTER = re.compile(r"['’]s\b")


def _languages_only(name: str) -> bool:
    """"Spanish-English", "Spanish-language", "Hindi+English": languages joined, which name no data."""
    words = re.split(r"[-–+]", name)
    return len(words) > 1 and words[0] in _LANGUAGES and all(w in _LANGUAGES or w.lower() in ("language", "languages")
                                                             for w in words[1:])


def _names_the_title(title: str, name: str) -> bool:
    """"The EU-Emotion Voice Database" titling a paper on the EU-Emotion Voice Database: the paper is the data's own."""
    return title_key(re.sub(r"^(?:the|an?)\s+", "", title, flags=re.I)).startswith(title_key(name))


def _label_words(words: list[str], concept, every: bool = False) -> bool:
    """Whether at least half the words (``every``: all of them) are words of the concept's labels, in the singular
    or plural."""
    label_words = {w.lower() for label in (concept.pref, *concept.alt, *concept.hidden) for w in _WORD.findall(label)}
    hits = sum(w.lower() in label_words or w.lower() + "s" in label_words or w.lower().rstrip("s") in label_words
               for w in words)
    return hits == len(words) if every else 2 * hits >= len(words)


def _title_spelled_before(title: str, before: str) -> bool:
    """"The Korean Drama Scene Transcript dataset for Emotion Recognition (KD-EmoR)" in a paper titled "Korean Drama
    Scene Transcript Dataset for Emotion Recognition in Conversation": the words before a bracketed name, four or
    more, open the title, so the data is the paper's own."""
    words = before.split()
    return any(_names_the_title(title, " ".join(words[-k:])) for k in range(min(len(words), 12), 3, -1))


def _defined_term(text: str, name: str) -> bool:
    """Whether the text spells the name out in lower-case words before giving it in brackets ("joint-patch and
    multi-label learning (JPML)"): a term the paper coins, not data."""
    at = text.find(f"({name})")
    if at < 0:
        return False
    words = text[max(0, at - 80):at].split()[-3:]
    return len(words) == 3 and all(w[:1].islower() for w in words)


_SPLIT_NAME = re.compile(r"(?i:test|dev|train|training|valid|validation|eval)[-_ ]?\d{0,2}[A-Za-z]?|"
                         r"I{2,3}|IV|VI{0,3}|[Vv]\d{1,2}(?:\.\d{1,2})?")  # (or a version's numeral torn from its name: "CAS (ME) II";
# or versions of the paper's data: "three corpora (V1, V2 and V3)")
_USED_IN_TITLE = re.compile(r"\b(?:using|on|with|via|from)\s+(?:the\s+)?$", re.I)  # "... using MAHNOB-HCI Database"
_REFERENCE = r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]"  # a reference's number: "[9]", "[4, 12]", "[3-5]"
_REFERENCE_MARK = re.compile(rf"\s{_REFERENCE}")
_REFERENCE_AFTER = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s*{_REFERENCE}")
_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+")
_DATA_AFTER = re.compile(r"\s*(?i:data\b|data\s?sets?\b|corp|bench|database|challenge\b)")  # ("... Emotion Challenge")
# where the data of a new corpus were drawn from: "example texts from the GloWbE corpus"
_TAKEN_FROM = re.compile(r"\b(?:from|drawn\s+from|extracted\s+from|sampled\s+from|taken\s+from)\s+(?:the\s+)?$", re.I)
# a sentence listing lexicons, whose items go by short names: "the AFINN, Bing, and NRC sentiment dictionaries"
_LEXICON_WORDS = re.compile(r"\b(?:lexicons|dictionaries|word\s+lists)\b", re.I)
_AUTHOR_YEAR = re.compile(r"[A-Z][a-z]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][a-z]+))?,?\s+(?:19|20)\d\d[a-z]?")
_CITED_YEAR = re.compile(r",?\s*(?:19|20)\d\d\b")
_CAPITALISED_BEFORE = re.compile(r"(?<=\s)([A-Z][a-z]+)\s$")


def _maybe_data_noun(low: str) -> bool:
    """A superset of _HAS_DATA_NOUN by plain substring tests (most sentences have no data noun)."""
    return "data" in low or "corp" in low or "bench" in low or "suite" in low or "test" in low or \
        "collection" in low or "lexic" in low


def _sentence_of(sents: list[Sentence], pos: int) -> Sentence:
    for s in sents:
        if s.start <= pos < s.end + 1:
            return s
    return sents[-1]


def _title_hit(title: str, low: str, pattern: re.Pattern) -> re.Match | None:
    """``pattern`` in the title (``low``: the title lower-cased), searched only when one of the
    substrings it needs is there."""
    return pattern.search(title) if any(w in low for w in _TITLE_WORDS[pattern]) else None


def _pseudo(s: Sentence, m: re.Match) -> Match:
    return Match(s.start + m.start(), s.start + m.end(), None, m.group(0))  # type: ignore[arg-type]


_CAMEL_BEFORE = re.compile(r"([A-Z][a-z]+(?:[A-Z][a-z]+)+)\s*$")


def _abbreviates(before: str, acronym: str) -> bool:
    """Whether the acronym ("NVs", "SSL") is the initials of the words just before it ("nonverbal vocalizations",
    "Self-Supervised Learning"): the text defines a short form of a term rather than naming something."""
    letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    if not letters.isalpha() or not letters.isupper() or len(letters) < 2:
        return False
    return _initial_words(before, letters, _PLAIN_WORD) is not None


_WORD = re.compile(r"[A-Za-z][\w']*")
_PLAIN_WORD = re.compile(r"[A-Za-z]+")  # hyphens split it: "Self-Supervised" is two words


def _named_as_method(text: str, name: str) -> bool:
    """A name written right after a method noun names that method: "train a causality-aware empathetic response
    model CAER" (not "For training the model CAFE dataset is used"). Found by where the name stands, so only the
    few names the rules took are looked at, not every method noun of the text."""
    return any(_METHOD_BEFORE.search(text, max(0, at - 40), at) and not _NOUN_AFTER.match(text, at + len(name))
               for at in _occurrences(text, name))


def _own_methods(text: str, title_end: int) -> set[str]:
    """Names the paper gives its own method: "we propose TAG (...), a vision-language framework", "a framework
    called X", or a title's head name that the abstract says outperforms or achieves. A title that announces
    data ("EmotionQueen: A Benchmark for ...") keeps its head name a dataset."""
    names = {m.group(1) for m in _PROPOSED_NAME.finditer(text, title_end)}
    if any(w in text for w in ("called", "named", "dubbed", "termed")):
        names.update(m.group(1) for m in _METHOD_CALLED.finditer(text, title_end))
    if not (head := _TITLE_HEAD.match(text, 0, title_end)):
        return names
    name = head.group(1)
    if _METHOD_FIRST.match(text, head.end(), title_end) and not any(
            _CALLED_DATA.match(text, at + len(name)) for at in _occurrences(text, name) if at > title_end):
        names.add(name)  # "DeepSentiPers: Novel Deep Learning Models Trained Over ... Persian Sentiment Corpus"
        # (not "ReDepress: A Cognitive Framework ..." with "we present ReDepress, the first ... dataset")
    elif _HAS_DATA_NOUN.search(text, 0, title_end):
        names.discard(name)
    elif any(_PERFORMS.match(text, at + len(name)) and not _AFTER_PREPOSITION.search(text, max(0, at - 12), at)
             for at in _occurrences(text, name) if at > title_end):
        names.add(name)  # "SARC achieves superior performance" (not "trained on IEMOCAP achieves")
    return names


# a title whose description opens with a method noun names a method, whatever data it trains on
# (not a verb's object, "Evaluating TTS Models", nor a method and data, "a multimodal approach and dataset")
_METHOD_FIRST = re.compile(rf"(?:(?:a|an|the)\s+)?(?:(?!{_DATA_WORD}|(?!learning\b)\w+ing\b|(?:is|are|your|our|for|on|of|to|with|in)\b)"
                           rf"[\w-]+\s+){{0,4}}?{_METHOD_NOUN}\b(?!\s+(?:and|&)\s+(?:\w+\s+){{0,2}}{_DATA_WORD})",
                           re.I)
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_ONE_DATASET_AFTER = re.compile(r"\s+(?:dataset|corpus|benchmark|database)\b(?!s)", re.I)
_TASK_NOUN = re.compile(r"(?:analysis|recognition|detection|classification|extraction|prediction|estimation|"
                        r"understanding|generation|synthesis|conversion|reasoning|assessment)", re.I)


def _task_acronyms(text: str) -> set[str]:
    """Acronyms the paper defines for a task ("Aspect-based Emotion Analysis (ABEA)"): "the new ABEA training
    dataset" is data for that task, not a dataset of that name (but "the Video Emotion Reasoning (VER) dataset"
    names one)."""
    if "(" not in text:
        return set()
    return {m.group(1) for m in _BRACKETED_ACRONYM.finditer(text)
            if (words := _initial_words(text[max(0, m.start() - 120):m.start()], m.group(1), _PLAIN_WORD))
            and _TASK_NOUN.fullmatch(words[-1]) and not _ONE_DATASET_AFTER.match(text, m.end())}


def _names_own_method(m: Match, s: Sentence) -> bool:
    """"we propose a Multi-step Attention and Multi-level Structure network (MAMS)": a catalogued acronym in brackets
    after the method the paper proposes is that method's name, not the dataset."""
    at, end = m.start - s.start, m.end - s.start
    return s.text[end:end + 1] == ")" and bool(_METHOD_BRACKET.search(s.text, max(0, at - 16), at)) and \
        bool(_PROPOSES.search(s.text, 0, at))


_METHOD_BRACKET = re.compile(r"\b(?:network|model|framework|module|method|approach|mechanism|architecture|"
                             r"algorithm|transformer|encoder|decoder|classifier|system)\s*\($", re.I)
_PROPOSES = re.compile(r"\b(?:propos|present|introduc|design|develop|devis|build|buil)\w*\b", re.I)


def _initial_words(before: str, letters: str, word: re.Pattern = _WORD) -> list[str] | None:
    """The last words of ``before`` whose initials spell ``letters`` (case aside), or None."""
    words = word.findall(before)[-len(letters):]
    if len(words) < len(letters) or "".join(w[0] for w in words).upper() != letters.upper():
        return None
    return words


def _initials_named(words: str, phrase: str, text: str) -> bool:
    """The initials of a titled name and its data noun ("Book Reviews in Arabic Dataset": BRAD) are a name the text
    writes on its own."""
    short = _capital_initials(words) + phrase.split()[-1][0]
    return len(short) >= 3 and re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text) is not None


def _capital_initials(words: str) -> str:
    """The initials of the capitalised words, as a long form in brackets spells a name ("Multimodal Interactive
    Rolling with Resistance": "MIRR")."""
    return "".join(w[0] for w in words.split() if w[0].isupper())


def _spells(words: str, name: str) -> bool:
    """The initials of the capitalised words are the name's capitals, or open them: "Self-Reported Mental Health
    Diagnoses for German" spells "SMHD-GER"."""
    initials = _capital_initials(words)
    capitals = "".join(c for c in name if c.isupper())
    return len(initials) >= 3 and len(capitals) >= 3 and (capitals.startswith(initials) or initials.startswith(capitals))


def _spelt_word(name: str, text: str, end: int) -> bool:
    """A word with its long form in brackets after it, whose capitals open the word: "Mirror (Multimodal Interactive
    Rolling with Resistance)" is a name, written as a word."""
    spelt = _SPELT_AFTER.match(text, end)
    initials = _capital_initials(spelt.group(1)) if spelt else ""
    return len(initials) >= 3 and name.upper().startswith(initials)


def _leading_initials(words: str, short: str) -> bool:
    """The capitals of a camel-cased short name open the words it stands for: "KoCoSa" and "Korean Context-aware
    Sarcasm Detection"."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and "".join(w[0] for w in words.split()[:len(capitals)]).upper() == capitals


def _spelt_out(before: str, acronym: str) -> tuple[str, int] | None:
    """The one-word name an acronym in brackets abbreviates ("EmpatheticDialogues (ED)"), with its offset:
    a description before the brackets ("Musical Sentiment (MuSe)") leaves the acronym as the name."""
    m = _CAMEL_BEFORE.search(before)
    if m and "".join(c for c in m.group(1) if c.isupper()) == acronym.upper():
        return m.group(1), m.start(1)
    return None


def _split_names(group: str, offset: int):
    for part in re.finditer(_NAME, group):
        if part.group(0).lower() not in {"and", "the"}:
            yield part.group(0), offset + part.start()


_COUNT = re.compile(r"\d+(?:[.,]\d+)?[kKmMbB]?")


def _plain_name(name: str) -> bool:
    """One capitalised word that is not an adverb or connective opening the next clause ("Furthermore")."""
    return bool(_PLAIN_NAME.fullmatch(name)) and not name.endswith("ly") and name.lower() not in _CONNECTIVES


_PLAIN_NAME = re.compile(r"[A-Z][a-z]{3,}")
# "we distill Crisp, a large-scale ... dialogue dataset": a plain word set off as what the paper makes
_WE_VERB_BEFORE = re.compile(r"\b[Ww]e\s+[a-z]+\s+$")
_SHORT_NAME = re.compile(r"[A-Z][a-z]{2}")  # "three benchmarks: Camera, Car and Ele": short when the list is counted
# a name in capitals, where one slipped letter is a typing error ("RAVDSS", "DIAC-WOZ"); mixed case is a
# coined name ("EmoNaBa", "EmotionNet")
_TYPED_IN_CAPITALS = re.compile(r"[A-Za-z]?[A-Z0-9-]+")
_LIST_COUNT = re.compile(rf"\b({'|'.join(_COUNT_WORDS)}|[2-6])\s+(?:[\w-]+\s+)?$", re.I)


def _counts(before: str, n: int) -> bool:
    """The words before a list's data noun count its names ("three benchmarks: Camera, Car and Ele")."""
    m = _LIST_COUNT.search(before)
    return bool(m) and (int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1).lower()]) == n


_ET_AL = re.compile(r"\s+et\.?\s+al\b")
_HEAD_OF_LONG_NAME = re.compile(rf"(?:\s+[A-Z][\w'-]*){{1,8}}\s*\((?=[A-Z])({_NAME})\)")
_LONGER_NAME_AFTER = re.compile(r"\s+(?:(?:in|of|for|on)\s+(?:the\s+)?)?[A-Z][a-z]")
_TITLE_CASE_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")
# where one capitalised word is a name: between catalogued names, after "called", between "the" and a data noun
# mid-sentence ("the standard Fakeddit dataset"), or at the head of a title that announces data ("Motamot: A Dataset
# for ...")
_PLAIN_NAME_RULES = frozenset({"list-sibling", "intro-called", "the-name-dataset", "title-word-dataset",
                               "bracketed-name-dataset", "intro-name-first", "title-name-colon", "quoted-name-dataset",
                               "data-quoted-name", "dataset-then-name", "site-kind-dataset"})
# names of words, by where they stand
_PHRASE_NAME_RULES = frozenset({"source-kind-pair", "quoted-name-dataset", "quoted-titled-dataset",
                                "the-name-words-dataset"})
_CONNECTIVES = frozenset("furthermore moreover however additionally also then thus hence therefore besides "
                         "meanwhile next finally overall".split())


def _looks_like_name(name: str, longest: int = 40) -> bool:
    """Dataset names carry capitals beyond the first letter, digits or joined parts (SEV, MER-Caption)."""
    if len(name) < 2 or len(name) > longest:
        return False
    if _COUNT.fullmatch(name):
        return False  # "25K dialogues": a size, not a name
    upper = sum(ch.isupper() for ch in name)
    return upper >= 2 or any(ch.isdigit() for ch in name) or ("-" in name and upper >= 1) or \
        (upper == 1 and name[0].islower() and name[1:2].isupper())  # "eMotions", not "baiDu"


def _organisers_paper(s: Sentence, end: int) -> bool:
    """A challenge named at ``end`` of ``s`` is the paper's own to organise: an overview title ("Findings of the
    WASSA 2023 Shared Task") or a sentence presenting it ("This paper presents the MAHED 2025 Shared Task on ...")."""
    if s.in_title:  # (or after the title's colon: "Community-level Research on ...: Overview of the CLPsych 2021 ...")
        return bool(_OVERVIEW_TITLE.match(s.text)) or bool(
            (colon := s.text.find(": ")) > 0 and colon < end and _OVERVIEW_TITLE.match(s.text, colon + 2))
    return bool(_OVERVIEW_SENTENCE.match(s.text) and _CHALLENGE_NOUN.match(s.text, end, end + 80))


@lru_cache(maxsize=1024)  # a sentence naming several datasets is asked once per name
def _introduces_something(sentence: str) -> bool:
    """A creation verb in the sentence, which does not extend or re-annotate an existing dataset."""
    return bool(_INTRO.search(sentence)) and not _NOT_NEW.search(sentence)


_JOINED_SHORT_FORMS = re.compile(r"[A-Z0-9]{1,2}(?:\+[A-Z0-9]{1,2})+")  # "R+T+S": datasets pooled, by short forms
_TITLED_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+$")  # a capitalised word just before
_SUBSET_OF = re.compile(r"\bsubset\s+of\b")  # "We created a subset of Twitter Emotional Corpus (TEC)"
_NOT_NEW = re.compile(r"\bexisting\b|\bextend\w*|\bre-?annotat", re.I)


@lru_cache(maxsize=1024)
def _says_use(sentence: str) -> bool:
    return bool(_USE.search(sentence))


def _existing(sentence: str) -> bool:
    return bool(_EXISTING.search(sentence))


def _after_head(title: str) -> int:
    """Where a title's words start after a phrase and colon before them ("Speaking Beyond Language: A Large-Scale
    Multimodal Dataset for ..."), else 0."""
    at = title.find(": ")
    return at + 2 if 0 < at <= 60 else 0


# a title announcing a dataset without naming it: "A Multimodal Sentiment Dataset for Video Recommendation"
_A_DATA_TITLE = re.compile(r"(?:an?|the first)\s+(?:[\w,’'-]+\s+){0,8}?(?:data\s?set|corpus|database)\b", re.I)
_EXISTING = re.compile(r"\b(?:existing|widely[\s-]used|public(?:ly available)?|standard|common|popular|well-known|"
                       r"previous(?!\s+(?:works?|stud(?:y|ies)|research|findings|papers?)\b)|"  # (not "building on our
                       # previous work, we present X")
                       r"(?:using|on|with|from)\s+the\s+benchmark|"
                       r"largest\s+(?:[\w-]+\s+){0,4}(?:datasets|databases|corpora|benchmarks)|"  # "the two largest
                       # in-the-wild facial expression datasets (RAF-DB and AffectNet)": the field's
                       r"benchmark\s+(?:[\w-]+\s+)?(?:datasets|corpora|databases))\b", re.I)  # ("Our previous MA-52
# benchmark": the authors' earlier data; "Using the benchmark IEMOCAP dataset": one the field benchmarks on)
# "two recently-released datasets", "previously collected corpora", "(test) on the newly released X": someone else's
_CREATION_VERBS = ("introduc", "present", "construct", "build", "buil", "creat", "releas", "curat", "collect",
                   "establish", "contribut", "compil", "procur", r"develop(?!ment)", "unveil", r"resulting\b",
                   r"resulted\s+in\b", "provid", "name", "propos", r"generat(?=e[sd]?\s+(?:a|an|the|our|two|three|new|large)\b)", "gather")
# the last creation verb before the name ("the newly released X", "collections" are no creation here)
_GUARDED = {"releas": r"(?<!newly\s)releas",
            # (not "automatically collected datasets (e.g., AffectNet)": data described as collected)
            "collect": rf"(?:(?<=self-)collect|collect(?!ions?\b)(?!ed\s+(?!(?:a|an|the|our|their|two|three|four|"
                       rf"several|multiple|new|large)\b)(?:[\w-]+\s+)?{_DATA_NOUN}))",  # (a "self-collected
            # dataset" is the paper's)
            # "This paper proposes a novel Hinglish Emoji Prediction (HEP) dataset" (not "we propose a model")
            "propos": r"propos(?=e[sd]?\s+an?\s+(?:new|novel)\b)",
            # "this paper provides an emotion data set (HRI-AVC)" (not "the organizers provide the X dataset", "we
            # provide three datasets as part of the challenge", "we also provide a second analysis on ...")
            # ("We hereby provide a carefully-annotated ... dataset, PsyEvent": "we provide a", one dataset, is ours)
            "provid": r"(?:(?<=paper\s)|(?<=\bwork\s)|(?<=study\s)|(?:(?<=\bwe\s)|(?<=hereby\s))(?=provide\s+an?\s))provid",
            # "We name it ... Dataset (SHEMuD)", "which we name the Bahasa Rojak Crawled Corpus (BRCC)": the authors
            # naming what they made
            "name": r"(?<=\bwe\s)name(?=[sd]?\s+(?:it|them|this|these|the|our)\b)",
            "establish": rf"(?<!well-)(?<!well\s){_ESTABLISH_VERB}",  # (nor "well-established")
            "gather": r"(?<=\bwe\s)gather"}  # "we gather EmoSet++, a ... corpus with 37 datasets" (not "data gathered")
# creation verbs that, later in the sentence, make an earlier one not the last (a later "manually collected dataset"
# is none: "This paper presents a manually collected dataset 'KazIntTelCom'" is made by "presents")
_LATER_VERBS = "|".join(_GUARDED[v] if v == "collect" else v for v in _CREATION_VERBS if v not in ("name", "propos"))
_INTRO_VERB = re.compile(rf"(?<!recently[\s-])(?<!previously[\s-])\b"
                         rf"(?:{'|'.join(_GUARDED.get(v, v) for v in _CREATION_VERBS)})\w*\b"
                         rf"(?!.*\b(?:{_LATER_VERBS})\w*\b)(.*)$",
                         re.I)
# (also what the new data are compared with, where signals were collected, and what a method is designed for: "the
# signals collected in the MAHNOB-HCI database", "comparing it with the read speech
# database (JTES)", "a skeleton representation designed for the iMiGUE dataset"; "resulting in the training dataset
# RoleCS" says what the new data are for)
_USED_HERE = re.compile(r"\b(?:on|in(?=\s+the\s*$)|using|used|evaluat\w*|train\w*\b(?!\s+(?:data|sets?\b|corp|splits?\b))|test\w*|"
                        r"experiments?|fine[\s-]tun\w+|from|derived|(?<!-)based|extend\w*|extension\w*|versions?\s+of|"
                        r"compar\w*|against|(?:annotations?|labels)\s+(?:for|of|to)|"  # ("collected personality annotation
                        # for the IEMOCAP dataset", "created labels for the AMI corpus": new labels for old data)
                        r"designed|tailored)\b", re.I)


def _about_others(text: str) -> bool:
    """A sentence about other people's work ("Previous studies ...", "... in the existing literature")."""
    return bool(_OTHERS_WORK.match(text) or _IN_OTHERS_WORK.search(text))


def _own_claim(sents: list[Sentence], pattern: re.Pattern, *also: re.Pattern,
               unless: re.Pattern | None = None) -> tuple[Match, Sentence] | None:
    """The first sentence, title or about the paper's own work, where ``pattern`` and every ``also`` match
    and ``unless`` does not: background sentences describe the field, not what the paper does."""
    for s in sents:
        if (hit := pattern.search(s.text)) and all(p.search(s.text) for p in also) and \
                (s.in_title or _OWN_WORK.search(s.text)) and not (unless and unless.search(s.text)):
            return _pseudo(s, hit), s
    return None


_VENUE_YEAR_HEAD = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,}[A-Za-z]*\s+(?:19|20)\d\d")


def _heads_title(text: str, pos: int, s: Sentence) -> bool:
    """A challenge or shared task named at the head of the title is the paper's own (an overview);
    named anywhere else, the paper takes part in it."""
    head = text[:pos].strip(" \"'‘“")  # (or after its venue's year: "The ACII 2022 Affective Vocal Bursts Workshop")
    return s.in_title and (head.lower() in ("", "the") or bool(_VENUE_YEAR_HEAD.fullmatch(head)))


def _introduced_here(before: str) -> bool:
    """A verb of creation before the name, and no word of use or of someone else's data in between
    ("we introduce the MERR dataset" vs "we propose a model and test it on the MELD dataset")."""
    m = _INTRO_VERB.search(before)
    rest = _AND_EVALUATES.sub("", m.group(1)) if m else ""  # "presents and evaluates EmDComF": it is made here too
    return bool(m) and not _USED_HERE.search(rest) and not _existing(rest)


# "presents and evaluates EmDComF", "we present, describe, and evaluate SentiEcon": made here, and then examined
_AND_EVALUATES = re.compile(r"^(?:\s*,?\s+(?:and\s+)?(?:evaluat|test|validat|analy[sz]|describ|releas)\w*)+\s+$", re.I)


def _before_word(text: str, word: str, pattern: re.Pattern, reach: int = 60) -> re.Match | None:
    """``pattern`` ending at an occurrence of ``word``, searched only in the few words before each one."""
    at = text.find(word)
    while at >= 0:
        if hit := pattern.search(text, max(0, at - reach), at + len(word)):
            return hit
        at = text.find(word, at + len(word))
    return None


_VENUE_NAME = re.compile(r"\b(?:Conference|Workshop|Symposium|Transactions|Journal)\s+on\s+"
                         r"[A-Z][\w'-]*(?:(?:\s+(?:and|of|in|for|&)|,)?\s+[A-Z][\w'-]*)*")
_DATA_NAME = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:Database|Dataset|Corpus)"
                        r"(?:\s+of(?:\s+[A-Z][\w'-]*)+(?:\s+and\s+[A-Z][\w'-]*)?)?\b")


_VENUE_WORDS = ("Conference", "Workshop", "Symposium", "Transactions", "Journal")
_DATA_NAME_NOUNS = ("Database", "Dataset", "Corpus")


def _proper_names(text: str, title_end: int) -> list[tuple[int, int]]:
    """Spans of venues' and, past the title (whose every word is capitalised), datasets' proper names. (Each
    pattern runs only where its capitalised noun occurs: most abstracts have neither, and this runs for each.)"""
    spans = [m.span() for m in _VENUE_NAME.finditer(text)] if any(w in text for w in _VENUE_WORDS) else []
    if any(w in text for w in _DATA_NAME_NOUNS):
        spans += [m.span() for m in _DATA_NAME.finditer(text, title_end)]
    return spans


def _outside(found: list[tuple[Match, Sentence]], spans: list[tuple[int, int]]) -> list[tuple[Match, Sentence]]:
    """The matches not lying inside a longer span: words of another name ("Empathetic Dialogue Generation"
    holds a dataset's name; "Ryerson Audio-Visual Database of ..." holds modality words)."""
    if not spans:
        return found
    return [(m, s) for m, s in found
            if not any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)
