"""Extraction: gazetteer boundaries and case, context rules, discovered datasets, roles, evidence."""
from __future__ import annotations

import pytest

from kg.extract import Extractor, sentences
from kg.models import Paper
from kg.vocab import load


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rules alone: these tests pin what each rule reads; tests/test_classify.py covers the classifier
    that joins them, and the gold-set tests the two together."""
    return Extractor(load(), task_model=None)


def edges(extractor, title, abstract=""):
    ex = extractor.extract(Paper(title=title, abstract=abstract))
    return {(m.predicate, m.target.rsplit("/", 1)[-1]) for m in ex.mentions}, ex


def dataset_names(found):
    """The datasets among found edges, whatever their role."""
    return {n for p, n in found if p in ("usesDataset", "introducesDataset")}


def test_word_boundaries_no_mead_in_meadow(extractor):
    found, _ = edges(extractor, "A Walk in the Meadow", "We study the MEADOW corpus of flowers on the meadow.")
    assert ("usesDataset", "mead") not in found


def test_acronyms_match_case_sensitively(extractor):
    found, _ = edges(extractor, "Improving SER with Contrastive Learning", "We improve SER on IEMOCAP.")
    assert ("addressesTask", "speech-emotion-recognition") in found
    lower, _ = edges(extractor, "We ser the results", "A ser is not an acronym here.")
    assert ("addressesTask", "speech-emotion-recognition") not in lower


def test_hyphen_and_case_tolerant(extractor):
    a, _ = edges(extractor, "Sentiment on CMU MOSEI", "Experiments on CMU MOSEI show gains.")
    b, _ = edges(extractor, "Sentiment on CMU-MOSEI", "Experiments on CMU-MOSEI show gains.")
    assert ("usesDataset", "cmu-mosei") in a and ("usesDataset", "cmu-mosei") in b


def test_contrast_is_not_use(extractor):
    found, _ = edges(extractor, "A New Look at Emotion Recognition in Text",
                     "Unlike prior work on IEMOCAP, we study written text. We evaluate on GoEmotions.")
    assert ("usesDataset", "iemocap") not in found
    assert ("usesDataset", "goemotions") in found


def test_signals_for_emotion_models(extractor):
    ekman, _ = edges(extractor, "Faces", "We classify the six basic emotions from facial images.")
    vad, _ = edges(extractor, "Music", "We predict valence and arousal of songs.")
    plutchik, _ = edges(extractor, "Text", "Labels follow Plutchik's eight primary emotions.")
    assert ("usesEmotionModel", "ekman") in ekman
    assert ("usesEmotionModel", "vad") in vad
    assert ("usesEmotionModel", "plutchik") in plutchik
    singular, _ = edges(extractor, "Optimal Six Basic Emotion Classification Using Physiological Signals")
    assert ("usesEmotionModel", "ekman") in singular


def test_animation_and_behaviour_generation_are_named_in_their_own_words(extractor):
    """Speech-driven 3D face animation, talking heads and emotional body language are generation tasks
    however they are phrased (labels in ontology/tasks.ttl)."""
    face, _ = edges(extractor, "End-to-end Learning for 3D Facial Animation from Speech")
    heads, _ = edges(extractor, "Synthesis of Expressive Talking Heads from Speech with Recurrent Neural Network")
    body, _ = edges(extractor, "Data-driven Emotional Body Language Generation for Social Robotics")
    agents, _ = edges(extractor, "Generating Emotional Behavior of Virtual Agents from Gait and Gaze")
    assert ("addressesTask", "emotional-talking-face-generation") in face & heads
    assert ("addressesTask", "emotional-gesture-generation") in body & agents


def test_datasets_whose_names_differ_only_by_punctuation_stay_apart(extractor):
    """"BP4D" and "BP4D+" (or "CASME 2" and "CASME^2") share a merge key but are different datasets."""
    plain, _ = edges(extractor, "AU Detection", "Experiments on the BP4D and DISFA benchmarks show gains.")
    plus, _ = edges(extractor, "AU Detection", "Experiments on the BP4D+ and DISFA benchmarks show gains.")
    assert ("usesDataset", "bp4d") in plain and ("usesDataset", "bp4d-plus") not in plain
    assert ("usesDataset", "bp4d-plus") in plus and ("usesDataset", "bp4d") not in plus


def test_a_one_word_name_before_its_acronym_names_the_dataset(extractor):
    found, ex = edges(extractor, "Emotion Stimulus Detection in German News Headlines",
                      "We annotate headlines following the NewsFeels (NF) corpus guidelines and train on it.")
    described, dx = edges(extractor, "Musical Emotion", "Toward a Musical Sentiment (MuSent) Dataset of songs.")
    assert [d.label for d in ex.discovered] == ["NewsFeels"]
    assert [d.label for d in dx.discovered] == ["MuSent"]  # a description before the brackets: the acronym is the name


def test_facial_expressions_made_without_speech_are_image_generation(extractor):
    """Generating or synthesising facial expressions is emotional image generation; driven by speech, it is
    talking-face generation."""
    made, _ = edges(extractor, "Facial Expression Synthesis Based on Denoising Diffusion Probabilistic Models")
    talking, _ = edges(extractor, "EmoTalk: Emotional Talking Head Generation with Facial Expression Generation")
    assert ("addressesTask", "emotional-image-generation") in made
    assert ("addressesTask", "emotional-talking-face-generation") not in made
    assert ("addressesTask", "emotional-talking-face-generation") in talking


def test_capitalised_data_nouns_and_bare_names_after_a_creation_verb(extractor):
    """"... Emotion Corpus (UIT-VSMEC)" names the corpus as "emotion corpus (UIT-VSMEC)" does, and
    "We introduce KOTE dataset" introduces KOTE although no article comes before the name."""
    corpus, _ = edges(extractor, "Emotion Recognition in Vietnamese", "These experiments are performed on the "
                      "Vietnamese Social Media Emotion Corpus (UIT-VSMEC) as the benchmark dataset.")
    kote, _ = edges(extractor, "User Guide for KOTE", "We introduce KOTE dataset, 50k Korean online comments.")
    assert ("usesDataset", "uit-vsmec") in corpus
    assert ("introducesDataset", "kote") in kote


def test_a_name_after_its_data_noun_then_a_relative_clause(extractor):
    """"we first construct a review dataset BanglaRestaurant that contains ..." makes BanglaRestaurant."""
    found, _ = edges(extractor, "Opinion Mining of Restaurant Reviews", "In this work, we first construct a review "
                     "dataset BanglaRestaurant that contains over 2300 customer reviews.")
    assert ("introducesDataset", "banglarestaurant") in found


def test_a_name_after_its_data_noun_then_a_verb_of_findings(extractor):
    """"results on a newly created benchmark CoCoTrip show that ..." names CoCoTrip; in "on the benchmark VECBench,
    EmoCaliber demonstrates ..." the verb's subject is the method, not a second dataset."""
    made, _ = edges(extractor, "Comparative Opinion Summarization", "Experimental results on a newly created "
                    "benchmark CoCoTrip show that CoCoSum produces better summaries.")
    used, _ = edges(extractor, "Visual Emotion Comprehension", "Through evaluations on the unified benchmark VECBench, "
                    "EmoCaliber demonstrates overall superiority.")
    assert ("introducesDataset", "cocotrip") in made
    assert ("usesDataset", "vecbench") in used and not any(t == "emocaliber" for _, t in used)


def test_a_catalogued_name_inside_a_new_names_long_form_is_not_used(extractor):
    """"we introduce SMHD-GER (Self-Reported Mental Health Diagnoses for German)": the catalogue's SMHD is written
    only inside the new dataset's spelt-out name."""
    found, _ = edges(extractor, "SMHD-GER: A Benchmark Dataset for Mental Health Detection in German",
                     "We introduce SMHD-GER (Self-Reported Mental Health Diagnoses for German), a large-scale dataset.")
    assert ("introducesDataset", "smhd-ger") in found and ("usesDataset", "smhd") not in found


def test_we_provide_a_dataset_makes_it_but_organisers_providing_data_do_not(extractor):
    made, _ = edges(extractor, "Mining Life Events from Social Media Posts", "We hereby provide a carefully-annotated "
                    "social media event dataset, PsyEvent, which encompasses 12 life event categories.")
    given, _ = edges(extractor, "Overview of the Shared Task", "We provide the participants with the dataset, "
                     "EmoEvent, which holds 8 categories.")
    assert ("introducesDataset", "psyevent") in made
    assert ("introducesDataset", "emoevent") not in given


def test_a_new_benchmark_we_call_by_name_is_the_papers_own(extractor):
    """"evaluate on a new benchmark we call ... (SILICONE)": evaluated on, but made here."""
    made, _ = edges(extractor, "Hierarchical Pre-training for Spoken Dialog", "We propose a new approach, which we "
                    "evaluate on a new benchmark we call Sequence labellIng evaLuatIon benChmark fOr spoken laNguagE "
                    "benchmark (SILICONE).")
    used, _ = edges(extractor, "Hierarchical Pre-training for Spoken Dialog", "We evaluate our approach on the "
                    "benchmark SILICONE.")
    assert ("introducesDataset", "silicone") in made
    assert ("usesDataset", "silicone") in used


def test_names_of_data_results_are_given_for_are_used(extractor):
    """"best results ... for the YelpNLG and E2E datasets", "the response selection model for PEC dataset"."""
    listed, _ = edges(extractor, "Stylistic Generation", "We observe best results on several metrics for the YelpNLG "
                      "and E2E datasets.")
    one, _ = edges(extractor, "Empathetic Conversational Model", "This paper concentrates on improving the response "
                   "selection model for PEC dataset, containing persona information.")
    assert {("usesDataset", "yelpnlg"), ("usesDataset", "e2e")} <= listed
    assert ("usesDataset", "pec") in one


def test_a_team_paper_on_an_edition_whose_year_is_glued_to_its_name(extractor):
    """"Team_Zero at StanceEval2024: ..." took part in StanceEval 2024, as "... at StanceEval 2024" does."""
    found, _ = edges(extractor, "Team_Zero at StanceEval2024: Frozen PLMs for Arabic Stance Detection",
                     "This paper describes our system for the shared task.")
    assert ("usesDataset", "stanceeval-2024") in found


def test_a_title_headed_by_a_challenge_is_a_teams_when_the_abstract_says_it_took_part(extractor):
    team, _ = edges(extractor, "CLPsych2019 Shared Task: Predicting Suicide Risk Level from Reddit Posts",
                    "Through participating in a shared task competition hosted by CLPsych2019, we received two datasets.")
    hosts, _ = edges(extractor, "MuSe 2022 Challenge: Multimodal Humour, Emotional Reactions, and Stress",
                     "In this summary, we describe the motivation behind the challenge, participation and its conditions.")
    assert ("usesDataset", "clpsych-2019") in team
    assert ("introducesDataset", "muse") in hosts


def test_two_numbered_tasks_after_one_singular_task_word(extractor):
    found, _ = edges(extractor, "LowResourceNLU at BLP-2023 Task 1 & 2: Enhancing Sentiment Classification", "")
    assert {("usesDataset", "blp-2023-task-1"), ("usesDataset", "blp-2023-task-2")} <= found


def test_two_plain_names_before_plural_data_are_two_datasets(extractor):
    """"on the Amazon and Yelp datasets": two sources of reviews named as data (Amazon alone is a company)."""
    pair, _ = edges(extractor, "Few-Shot Opinion Summarization", "Adapter pre-training improves summary quality by "
                    "2.0 ROUGE-L points on the Amazon and Yelp datasets, respectively.")
    bare, _ = edges(extractor, "Multimodal Opinion Summarization", "We show the superiority of our model by "
                    "conducting experiments on Yelp and Amazon datasets.")
    alone, _ = edges(extractor, "Annotation of Emotions", "Workers from Amazon rated the texts.")
    languages, _ = edges(extractor, "Cross-lingual Emotion", "We evaluate on the English and Chinese datasets.")
    assert {("usesDataset", "amazon"), ("usesDataset", "yelp")} <= pair
    assert {("usesDataset", "amazon"), ("usesDataset", "yelp")} <= bare
    assert not any(t == "amazon" for _, t in alone)
    assert not any("Dataset" in p for p, _ in languages)


def test_a_title_headed_by_a_bench_name_introduces_it(extractor):
    found, _ = edges(extractor, "MADial-Bench: Towards Real-world Evaluation of Memory-Augmented Dialogue Generation",
                     "We propose a new benchmark for memory-augmented dialogue.")
    other, _ = edges(extractor, "Bench: Towards Better Chairs", "We build chairs.")  # a word, not a name
    assert ("introducesDataset", "madial-bench") in found
    assert not any("Dataset" in p for p, _ in other)


def test_benchmark_as_a_verb_names_no_data(extractor):
    verb, _ = edges(extractor, "Counseling Summarization", "We further benchmark PIECE with other LLMs.")
    noun, _ = edges(extractor, "Emotion Benchmark", "Models are tested on the benchmark EmoBox, with other LLMs.")
    assert not any(t == "piece" for _, t in verb)
    assert any("Dataset" in p for p, _ in noun)


@pytest.mark.parametrize("abstract", ["We fine-tune BERT on the SemEval 2016 English dataset.",
                                      "We combine the CrowdFlower corpus and the SemEval 2016 Sentiment Corpus.",
                                      "Using the SemEval2016 French reviews datasets for ABSA, our model wins."])
def test_a_semeval_years_data_named_with_capitalised_words_between(extractor, abstract):
    found, _ = edges(extractor, "Aspect-Based Sentiment Analysis", abstract)
    assert ("usesDataset", "semeval-2016") in found


def test_a_name_set_off_after_what_a_corpus_is_of_or_from_ends_the_sentence(extractor):
    """"the emotion annotated corpus of suicide notes in English, CEASE-v2." and "a recognition dataset from
    dialogues, PersonalityEvd." name the data; "a corpus of tweets, BERT, ..." does not."""
    of, _ = edges(extractor, "Emotion in Suicide Notes", "We ran experiments on a diversified version of the standard "
                  "emotion annotated corpus of suicide notes in English, CEASE-v2. Results improve.")
    source, _ = edges(extractor, "Personality Recognition", "We construct a recognition dataset from dialogues, "
                      "PersonalityEvd. We report baselines.")
    assert any(t.startswith("cease-v2") for p, t in of if "Dataset" in p)
    assert any(t == "personalityevd" for p, t in source if "Dataset" in p)


def test_a_title_naming_a_method_done_to_data_makes_no_dataset(extractor):
    method, _ = edges(extractor, "UniGen: Universal Domain Generalization for Sentiment Classification via Zero-shot "
                      "Dataset Generation", "We propose a novel approach.")
    data, _ = edges(extractor, "Dreaddit: A Reddit Dataset for Stress Analysis in Social Media", "We present it.")
    assert not any(t == "unigen" for _, t in method)
    assert ("introducesDataset", "dreaddit") in data


def test_a_title_presenting_a_versioned_resource_introduces_it(extractor):
    """"SenticNet 4: A Semantic Resource for ..." presents a resource and its version; "A Resource-Efficient ..."
    says how a model is built."""
    resource, _ = edges(extractor, "SenticNet 4: A Semantic Resource for Sentiment Analysis Based on Conceptual "
                        "Primitives", "Previous versions of SenticNet were limited. SenticNet 4 overcomes this.")
    model, _ = edges(extractor, "EmoLite: A Resource-Efficient Model for Emotion Recognition", "We propose EmoLite.")
    assert ("introducesDataset", "senticnet-4") in resource
    assert not any("Dataset" in p for p, _ in model)


def test_a_long_capitalised_description_of_data_then_its_name_in_brackets(extractor):
    """"a dataset on Hope Speech Detection for Equality, Diversity, and Inclusion (HopeEDI)" names the data; "a
    corpus on Aspect-Based Emotion Analysis in Online Reviews (ABEAIOR)" spells a description out."""
    named, _ = edges(extractor, "Hope Speech Detection", "For this task, we have used a Shared Task multilingual "
                     "dataset on Hope Speech Detection for Equality, Diversity, and Inclusion (HopeEDI) for three "
                     "languages.")
    spelt, _ = edges(extractor, "Emotion in Reviews", "We analyse a corpus on Aspect-Based Emotion Analysis in Online "
                     "Reviews (ABEAIOR) with our model.")
    assert ("usesDataset", "hopeedi") in named
    assert not any("Dataset" in p for p, _ in spelt)


def test_a_collections_long_name_in_capitals_then_its_short_form_names_it(extractor):
    """"the International Affective Digitized Sounds (IADS)" and "The Emotion-to-Music Mapping Atlas (EMMA)" name
    collections; "the Geneva Minimalistic Acoustic Parameter Set (GeMAPS)" and "Street View Images (SVIs)" do not."""
    sounds, _ = edges(extractor, "Intensity Ratings of Affective Sounds",
                      "The International Affective Digitized Sounds (IADS) is a widely used emotional tool.")
    atlas, _ = edges(extractor, "The Emotion-to-Music Mapping Atlas (EMMA): A systematically organized online "
                     "database of emotionally evocative music excerpts", "We describe it.")
    features, _ = edges(extractor, "Speech Emotion", "We extract the Geneva Minimalistic Acoustic Parameter Set "
                        "(GeMAPS) and analyse Street View Images (SVIs).")
    assert any(t == "iads" for p, t in sounds if "Dataset" in p)
    assert ("introducesDataset", "emma") in atlas
    assert not any("Dataset" in p for p, _ in features)


def test_a_collections_long_name_is_introduced_only_right_after_a_verb_of_making(extractor):
    made, _ = edges(extractor, "Disgust and Fear Images", "We developed the Open Biological Negative Image Set "
                    "(OBNIS) consisting of 200 creature images.")
    shown, _ = edges(extractor, "Emotion and Typing", "An experiment to collect keystroke data in emotional states "
                     "induced by the Geneva Affective Picture Database Set (GAPDS) was conducted.")
    assert ("introducesDataset", "obnis") in made
    assert ("usesDataset", "gapds") in shown


def test_a_title_announcing_a_dataset_after_a_phrase_and_colon_makes_the_one_new_name(extractor):
    found, _ = edges(extractor, "Speaking Beyond Language: A Large-Scale Multimodal Dataset for Learning Nonverbal Cues",
                     "Our key innovation is VENUS, a large-scale dataset comprising annotated videos.")
    assert ("introducesDataset", "venus") in found


def test_names_of_data_a_model_is_scored_against_are_used(extractor):
    found, _ = edges(extractor, "Deep Sentiment Analysis of Roman Urdu", "The model reaches an accuracy of 0.904 and "
                     "0.841 against MDPI and RUSA-19 datasets, respectively.")
    assert {("usesDataset", "mdpi"), ("usesDataset", "rusa-19")} <= found


def test_two_bare_names_after_a_creation_verb_are_both_new(extractor):
    """"We release X and Y datasets" makes both; "we present X and the Y benchmark" makes only Y data."""
    both, _ = edges(extractor, "Tobacco Sentiment in Social Media", "We release SentiSmoke-Twitter and "
                    "SentiSmoke-Reddit datasets, along with an annotation schema.")
    one, _ = edges(extractor, "A Framework and Benchmark", "We present Emotion-LLaMAv2 and the MMEVerse benchmark, "
                   "an end-to-end pipeline.")
    assert {("introducesDataset", "sentismoke-twitter"), ("introducesDataset", "sentismoke-reddit")} <= both
    assert ("introducesDataset", "mmeverse") in one
    assert not any(t == "emotion-llamav2" for _, t in one)


def test_future_work_names_no_modality_of_the_paper(extractor):
    found, _ = edges(extractor, "Advancing Emotion Recognition in Vietnamese",
                     "We classify the emotions of social media posts with PhoBERT. "
                     "Future work includes multimodal approaches combining text and speech.")
    assert ("usesModality", "speech") not in found
    assert ("addressesTask", "text-emotion-recognition") in found


def test_talking_head_implies_face_video_speech(extractor):
    found, _ = edges(extractor, "Emotional Talking Head Generation with Diffusion",
                     "We generate emotional talking heads from a portrait and an audio clip.")
    assert ("addressesTask", "emotional-talking-face-generation") in found
    assert {("usesModality", m) for m in ("face", "video", "speech")} <= found


def test_unknown_dataset_introduced_and_models_are_not_datasets(extractor):
    found, ex = edges(extractor, "FooEmo: A Large-Scale Dataset for Emotion Recognition in Dialogue",
                      "We introduce FooEmo, a new dataset of 10k dialogues. We benchmark GPT-4 and BERT on it, "
                      "and also report results on the MELD dataset.")
    assert ("introducesDataset", "fooemo") in found
    assert ("usesDataset", "meld") in found
    assert not any(t in {"gpt-4", "bert"} for _, t in found)
    assert [d.label for d in ex.discovered] == ["FooEmo"]


def test_variants_merge(extractor):
    found, _ = edges(extractor, "Conversations", "We run experiments on the MELD dataset. MELD is used widely.")
    assert [t for p, t in found if p == "usesDataset"] == ["meld"]


def test_evidence_is_the_sentence_with_a_span(extractor):
    paper = Paper(title="Emotion Recognition in Conversation", abstract="First sentence here. We test on MELD and IEMOCAP.")
    ex = extractor.extract(paper)
    text = paper.title + "\n" + paper.abstract
    m = next(m for m in ex.mentions if m.target.endswith("/meld"))
    assert m.sentence == "We test on MELD and IEMOCAP."
    assert text[m.start:m.end] == "MELD"
    assert 0 < m.confidence <= 1 and m.rule


def test_latex_markup_hides_no_name_and_evidence_quotes_it_as_written(extractor):
    paper = Paper(title="Therapy Conversations",
                  abstract="Prior labels \\cite{smith-2020} are coarse. To address this, we present "
                           "\\textbf{CareBench-CBT}, the largest clinically validated benchmark for counseling.")
    ex = extractor.extract(paper)
    text = paper.title + "\n" + paper.abstract
    m = next(m for m in ex.mentions if m.predicate == "introducesDataset")
    assert text[m.start:m.end] == "CareBench-CBT"
    assert m.sentence.startswith("To address this, we present \\textbf{CareBench-CBT},")
    assert [d.label for d in ex.discovered] == ["CareBench-CBT"]


def test_a_turkish_dotted_capital_i_keeps_every_label_matchable(extractor):
    """"İ".lower() is two characters; folding must keep offsets without giving up on lower-casing."""
    abstract = ("Bu çalışmada, KDEF ve PICS veri setleri kullanılarak derin öğrenme ile duygu tanımaya yönelik "
                "facial expression recognition uygulaması yapılmıştır.")
    dotted, _ = edges(extractor, "Yüz İfadelerinden Duygu Tanıma", abstract)
    plain, _ = edges(extractor, "Yüz Ifadelerinden Duygu Tanıma", abstract)
    assert ("usesDataset", "kdef") in plain and ("addressesTask", "facial-expression-recognition") in plain
    assert dotted == plain


def test_new_datasets_named_after_an_adjective_or_a_result(extractor):
    found, _ = edges(extractor, "Music Generation from Videos",
                     "This results in a rich multimodal dataset, called MuVi-Sync, on which we train a model.")
    assert ("introducesDataset", "muvi-sync") in found
    found, _ = edges(extractor, "Music Generation from Videos",
                     "We train a model on it. Our model, along with the new MuVi-Sync dataset, is a first step.")
    assert {t for p, t in found if p.endswith("Dataset")} == {"muvi-sync"}


def test_the_short_name_of_a_task_is_no_dataset(extractor):
    text = ("The field of Aspect-based Emotion Analysis (ABEA) lacks data. Using the annotated ABEA training dataset, "
            "a model was fine-tuned.")
    found, _ = edges(extractor, "Aspect-based emotion analysis", text)
    assert not any(p.endswith("Dataset") for p, _ in found)
    named, _ = edges(extractor, "Emotion reasoning", "We construct the Video Emotion Reasoning (VER) dataset.")
    assert ("introducesDataset", "ver") in named


def test_comments_on_videos_and_figurative_speech_are_text(extractor):
    found, _ = edges(extractor, "Sentiment Analysis on Bangla Social Media Comments",
                     "The dataset was built from Bangla comments from various videos of three YouTube news channels. "
                     "Sarcasm and figurative speech remain hard for sentiment analysis.")
    assert {t for p, t in found if p == "usesModality"} == {"text"}
    watched, _ = edges(extractor, "Video emotion recognition", "We recognise emotions from videos of faces.")
    assert ("usesModality", "video") in watched


def test_plain_words_listed_after_a_plural_data_noun_are_names(extractor):
    found, _ = edges(extractor, "Personality Detection",
                     "Experimental results on key benchmark datasets like Essays and Pandora show that it works.")
    assert {t for p, t in found if p == "usesDataset"} == {"essays", "pandora"}
    languages, _ = edges(extractor, "Sentiment", "We test on datasets such as English and Spanish.")
    assert not any(p.endswith("Dataset") for p, _ in languages)



@pytest.mark.parametrize("abstract, want", [
    ("We experiment with three _NewsEmpathy_ datasets.", {"newsempathy"}),
    ("On the MVSA-single dataset and HFM dataset, our model improves accuracy.", {"mvsa", "hfm"}),
    ("We employ the MediaPipe suite of libraries, which runs on small devices.", set()),
    ("We analyse sentiment on the COVID-19-related tweets dataset.", set()),
])
def test_dataset_names_behind_markup_lists_and_describing_words(extractor, abstract, want):
    found, _ = edges(extractor, "Sentiment analysis", abstract)
    assert {t for p, t in found if p.endswith("Dataset")} == want



def test_a_team_paper_uses_the_named_task_of_a_workshop_year(extractor):
    found, _ = edges(extractor, "ZZU-NLP at SIGHAN-2024 dimABSA Task: Aspect-Based Sentiment Analysis",
                     "We propose a method for the SIGHAN 2024 shared task on dimensional sentiment analysis.")
    assert {t for p, t in found if p.endswith("Dataset")} == {"sighan-2024-dimabsa"}
    numbered, _ = edges(extractor, "LinguisTech at SemEval-2024 Task 10: Emotion Discovery")
    assert {t for p, t in numbered if p.endswith("Dataset")} == {"semeval-2024-task-10"}



def test_datasets_a_new_one_is_built_from_are_used_and_a_describing_word_is_no_name(extractor):
    found, _ = edges(extractor, "Dhati+: Fine-tuned Large Language Models for Arabic Subjectivity Evaluation",
                     "We developed a comprehensive dataset, AraDhati+, by leveraging existing Arabic datasets and "
                     "collections (ASTD, LABR, HARD, and SANAD).")
    assert {("usesDataset", "astd"), ("usesDataset", "labr"), ("usesDataset", "sanad")} <= found
    assert ("introducesDataset", "astd") not in found
    titled, _ = edges(extractor, "Memo2496: Expert-Annotated Dataset and Dual-View Adaptive Framework")
    assert {t for p, t in titled if p.endswith("Dataset")} == {"memo2496"}


def test_sentences_have_offsets():
    sents = sentences("Title", "One. Two! Three?")
    text = "Title\nOne. Two! Three?"
    assert [s.text for s in sents] == ["Title", "One.", "Two!", "Three?"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_an_abbreviation_does_not_end_a_sentence():
    sents = sentences("T", "We present LISTEN (Lexical vs. Acoustic Speech Test), a benchmark. Smith et al. (2019) "
                           "did it, e.g. Foo. We used RU-FACS (a.k.a. M3). Done!")
    assert [s.text for s in sents[1:]] == ["We present LISTEN (Lexical vs. Acoustic Speech Test), a benchmark.",
                                           "Smith et al. (2019) did it, e.g. Foo.", "We used RU-FACS (a.k.a. M3).",
                                           "Done!"]


def test_a_full_stop_without_its_space_still_ends_a_sentence(extractor):
    abstract = ("This study proposes a deep learning architecture.We conducted testing experiments on the "
                "multimodal emotion database DEAP.The results beat the baseline (e.g.CNN, 0.5).")
    sents = sentences("T", abstract)
    assert [s.text for s in sents[1:]] == ["This study proposes a deep learning architecture.",
                                           "We conducted testing experiments on the multimodal emotion database DEAP.",
                                           "The results beat the baseline (e.g.CNN, 0.5)."]
    found, _ = edges(extractor, "Emotion recognition from physiological signals", abstract)
    assert ("usesDataset", "deap") in found and ("introducesDataset", "deap") not in found


def test_dataset_that_defines_its_taxonomy_brings_the_model(extractor):
    found, _ = edges(extractor, "Fine-Grained Emotion Classification of Comments",
                     "We fine-tune RoBERTa on the GoEmotions dataset and report macro F1.")
    assert ("usesDataset", "goemotions") in found and ("usesEmotionModel", "goemotions") in found
    other, _ = edges(extractor, "Speech Emotion Recognition with Attention", "We evaluate on IEMOCAP.")
    assert not {e for e in other if e[0] == "usesEmotionModel"}  # IEMOCAP's labels are not named IEMOCAP


def test_modalities_listed_as_alternatives_are_not_the_papers_data(extractor):
    found, _ = edges(extractor, "Emotion Detection for Persian",
                     "Emotion recognition can be done using text, speech, or image data. "
                     "We fine-tune a language model on Persian tweets.")
    assert ("usesModality", "speech") not in found and ("usesModality", "image") not in found
    both, _ = edges(extractor, "Emotion Detection for Persian", "We fuse text and speech features.")
    assert {("usesModality", "speech"), ("usesModality", "text")} <= both


def test_platform_in_motivation_is_not_social_media_analysis(extractor):
    background, _ = edges(extractor, "Multimodal Sentiment Analysis with Tensor Fusion",
                          "With the rise of social networks, people express their emotions in videos. "
                          "We propose a fusion network for sentiment analysis.")
    assert ("addressesTask", "social-media-affect-analysis") not in background
    own, _ = edges(extractor, "Community Emotions in Cryptocurrency Forums",
                   "This paper presents a large-scale analysis of emotions on Reddit.")
    assert ("addressesTask", "social-media-affect-analysis") in own
    microblogs, _ = edges(extractor, "Emotion Classification of COVID-19 Chinese Microblogs")
    assert ("addressesTask", "social-media-affect-analysis") in microblogs
    # a public's sentiments, perceptions or attitudes, read from its posts
    for title in ("Insight from NLP Analysis: COVID-19 Vaccines Sentiments on Social Media",
                  "Harnessing deep learning to monitor people's perceptions towards climate change on social media"):
        assert ("addressesTask", "social-media-affect-analysis") in edges(extractor, title)[0]


@pytest.mark.parametrize("title, online", [
    # what people write online, named in the title beside an affect word
    ("Exploring Emojis for Emotion Recognition in Portuguese Text", True),
    ("Linguistic Analysis of Emotions in Online News Comments", True),
    ("Discovery of the Underlying Emotions in User-Generated Reviews", True),
    # a prefix, a level of analysis, or videos people upload
    ("Strategic sentiments and emotions in post-war party manifestos", False),
    ("Using Post-level Sentiment Features for Suicide Risk Prediction", False),
    ("Predicting Emotions in User-Generated Videos", False),
])
def test_online_writing_in_the_title_is_social_media_affect(extractor, title, online):
    found, _ = edges(extractor, title, "We study this.")
    assert (("addressesTask", "social-media-affect-analysis") in found) == online


def test_title_rules_for_annotation_and_llm_internals(extractor):
    for title in ("Quality and Agreement in Multilabel Emotion Annotation",
                  "Leveraging ChatGPT As Text Annotation Tool For Sentiment Analysis",
                  "Evaluating and Correcting Human Annotation Bias in Micro-Expression Keyframes",
                  "Cheaper Sentiment Labelling with Language Models",
                  "Emotional Valence, Arousal, and Threat Ratings of 160 Chinese Words among Adolescents"):
        assert ("addressesTask", "emotion-annotation-methodology") in edges(extractor, title)[0], title
    learned, _ = edges(extractor, "Learning Word Ratings for Empathy and Distress from User Responses")
    assert ("addressesTask", "emotion-annotation-methodology") not in learned
    dataset, _ = edges(extractor, "EmoX: A Corpus with Rich Emotion Annotations")
    assert ("addressesTask", "emotion-annotation-methodology") not in dataset
    internals, _ = edges(extractor, "Latent Structure of Affective Representations in Large Language Models")
    assert ("addressesTask", "emotion-in-llm-internals") in internals


@pytest.mark.parametrize("title, sentiment", [
    # sentiment analysis as the field a sarcasm or irony detector serves; named in the title it is the paper's
    ("Irony Detection in Twitter", False),
    ("Sarcasm Detection using Sentiment and Semantic Features", True),
])
def test_sarcasm_detection_speaks_of_sentiment_analysis_as_its_field(extractor, title, sentiment):
    found, _ = edges(extractor, title, "Irony has been proven to be pervasive in social media, posing a challenge "
                     "to sentiment analysis systems. We classify tweets as ironic or not.")
    assert (("addressesTask", "sentiment-analysis") in found) == sentiment


def test_generation_tasks_written_with_a_verb(extractor):
    found, _ = edges(extractor, "Generating Music with Sentiment Using Transformer-GANs")
    assert ("addressesTask", "emotional-music-generation") in found
    gestures, _ = edges(extractor, "Text2Gestures: Generating Emotive Body Gestures for Virtual Agents")
    assert ("addressesTask", "emotional-gesture-generation") in gestures
    plain, _ = edges(extractor, "Generating Music with Transformer-GANs")  # no emotion word: not affective
    assert ("addressesTask", "emotional-music-generation") not in plain


def test_upper_case_spelling_and_class_count_variants_of_catalogued_names(extractor):
    found, _ = edges(extractor, "Transfer Learning for Speech Emotion Recognition",
                     "Experiments on the corpora EMODB and FAU Aibo show gains.")
    assert {("usesDataset", "emodb"), ("usesDataset", "fau-aibo")} <= found
    variant, _ = edges(extractor, "Facial Expression Recognition",
                       "We evaluate on four databases: FER2013, RAF-DB, AffectNet-7 and ExpW.")
    assert ("usesDataset", "affectnet") in variant
    assert not any(t.startswith("affectnet-") for _, t in variant)
    sized, ex = edges(extractor, "Visual Emotion Analysis", "Experiments on EmoSet-118K and the FI-8 dataset.")
    assert ("usesDataset", "emoset") in sized and not ex.discovered  # one dataset per name, not two
    # a derivative with its own name is its own dataset; a laboratory's name cites its best-known database
    derived, _ = edges(extractor, "Facial Affect Estimation in the Wild",
                       "We report results on both the AFEW-VA and SEWA datasets, and on the MUG Facial Expression "
                       "database. Speech and EEG come from two public databases, SAVEE and MAHNOB.")
    assert {("usesDataset", "afew-va"), ("usesDataset", "mug"), ("usesDataset", "mahnob-hci")} <= derived
    assert ("usesDataset", "afew") not in derived


def test_dimensional_recognition_in_title_is_dimensional_prediction(extractor):
    found, _ = edges(extractor, "Dimensional Speech Emotion Recognition from Acoustic Features",
                     "This research presents a dimensional emotion recognition from speech.")
    assert ("addressesTask", "dimensional-affect-prediction") in found


def test_a_name_ending_in_a_sign_is_found_where_no_space_follows_it(extractor):
    """Some journal pages drop the space after a sign: "CK+data sets" still names CK+ (and JAFFE before it)."""
    found, _ = edges(extractor, "Facial Expression Recognition", "Experiments on the Jaffe and CK+data sets show gains.")
    assert {("usesDataset", "ck-plus"), ("usesDataset", "jaffe")} <= found
    inside, _ = edges(extractor, "Facial Expression Recognition", "We compare with MEADOW and CKplus variants.")
    assert not any(t in ("mead", "ck-plus") for _, t in inside)


def test_a_plain_word_between_catalogued_names_is_a_dataset_but_not_a_connective(extractor):
    found, ex = edges(extractor, "Facial Expression Learning",
                      "We test on benchmarks including BU-3DFE, Galata, BU-4DFE, and BP4D. Furthermore, "
                      "it runs fast.")
    assert ("usesDataset", "galata") in found
    assert {d.label for d in ex.discovered} == {"Galata"}
    found, ex = edges(extractor, "Facial Expression Learning",
                      "We test on BU-3DFE, BU-4DFE, and BP4D, Furthermore with augmentation.")
    assert not ex.discovered


def test_a_listed_name_keeps_its_year(extractor):
    # "MEC 2016": one edition of a recurring challenge, named with its year; "EmotiW 2017" is an edition
    # of a catalogued challenge, which the catalogue describes as a whole
    found, ex = edges(extractor, "Action Unit Detection",
                      "We evaluate on the RECOLA, MEC 2016 and EmotiW 2017 datasets.")
    assert {("usesDataset", "mec-2016"), ("usesDataset", "emotiw"), ("usesDataset", "recola")} <= found
    assert {d.label for d in ex.discovered} == {"MEC 2016"}


@pytest.mark.parametrize("abstract, expected, quiet", [
    # a name with its data noun in brackets; a named split
    ("We fuse physiological signals (SRAD dataset) and report accuracy on the VGAF test set.",
     {("usesDataset", "srad"), ("usesDataset", "vgaf")},
     "We fuse physiological signals (SRAD) and report accuracy on the test set."),
    # "our X dataset" (introduced), "X, a ... dataset", "the X test data"
    ("We evaluate on our eJSL dataset, a new benchmark, and BOBSL, a large British Sign Language dataset with "
     "subtitles. On the OFFCOM 2019 test data, recall rises.",
     {("introducesDataset", "ejsl"), ("usesDataset", "bobsl"), ("usesDataset", "offcom-2019")},
     "We fine-tune BERT, a language model trained on a large corpus."),
])
def test_how_a_sentence_writes_a_dataset_name(extractor, abstract, expected, quiet):
    assert expected <= edges(extractor, "Emotion Recognition", abstract)[0]
    assert not any(p.endswith("Dataset") for p, _ in edges(extractor, "Emotion Recognition", quiet)[0])


def test_camera_based_pulse_signals_are_physiological(extractor):
    found, _ = edges(extractor, "Emotion Recognition from rPPG Signals",
                     "We estimate emotions from remote photoplethysmography.")
    assert {("usesModality", "physio"), ("addressesTask", "physiological-emotion-recognition")} <= found


def test_names_listed_beside_a_catalogued_dataset_are_datasets(extractor):
    found, ex = edges(extractor, "Music Emotion Recognition across Styles",
                      "We investigate five datasets with dimensional annotations – EmoMusic, DEAM, PMEmo, WTC, "
                      "and WCMED – which span various musical styles.")
    assert {("usesDataset", "wtc"), ("usesDataset", "wcmed"), ("usesDataset", "deam")} <= found
    assert {d.label for d in ex.discovered} >= {"WTC", "WCMED"}
    # no catalogued dataset in the list: a list of capitalised words alone proves nothing
    plain, _ = edges(extractor, "Music Emotion Recognition", "We compare CNN-A, CNN-B and RNN-C models.")
    assert not any(p == "usesDataset" for p, _ in plain)


def test_copular_and_acronym_dataset_names(extractor):
    found, _ = edges(extractor, "Persian Emotion Detection",
                     "EmoPars and ArmanEmo are two new human-labeled emotion datasets for the Persian language.")
    assert {("usesDataset", "emopars"), ("usesDataset", "armanemo")} <= found
    intro, _ = edges(extractor, "Multi-Turn Emotion Reasoning",
                     "In this paper, we introduce a multi-turn multimodal emotion understanding and reasoning "
                     "(MTMEUR) benchmark, which encompasses 1,451 videos.")
    assert ("introducesDataset", "mtmeur") in intro
    title, _ = edges(extractor, "MERGE - A Bimodal Audio-Lyrics Dataset For Static Music Emotion Recognition")
    assert ("introducesDataset", "merge") in title
    verbs, _ = edges(extractor, "A Study", "EmoLLM is evaluated on our benchmark suite.")
    assert not any(t == "emollm" for _, t in verbs)  # "is evaluated on": the subject is no dataset


def test_multi_word_names_before_a_capitalised_data_noun(extractor):
    found, _ = edges(extractor, "Depression Detection from Clinical Interviews",
                     "Results improve on the General Psychotherapy Corpus and the DAIC-WoZ depression dataset.")
    assert {("usesDataset", "general-psychotherapy"), ("usesDataset", "daic-woz")} <= found
    # a name with its acronym in brackets is one dataset, named by the acronym
    zed, ex = edges(extractor, "Speech Emotion Diarization",
                    "We introduce the Zaion Emotion Dataset (ZED), an openly accessible speech emotion dataset.")
    assert ("introducesDataset", "zed") in zed and [d.label for d in ex.discovered] == ["ZED"]


def test_an_acronym_the_paper_defines_for_its_own_module_is_not_a_dataset(extractor):
    found, _ = edges(extractor, "Emotion-Aware Gesture Generation",
                     "Specifically, a Dynamic Emotion-Alignment Module (DEAM) is first applied to extract cues.")
    assert ("usesDataset", "deam") not in found
    real, _ = edges(extractor, "Music Emotion Recognition", "We train on DEAM and PMEmo.")
    assert ("usesDataset", "deam") in real


def test_a_title_that_evaluates_llms_on_emotion_is_emotional_intelligence_evaluation(extractor):
    found, _ = edges(extractor, "Emotionally Numb or Empathetic? Evaluating How LLMs Feel Using EmotionBench",
                     "We evaluate the emotional abilities of large language models on texts.")
    assert ("addressesTask", "emotional-intelligence-evaluation") in found
    assert ("addressesTask", "text-emotion-recognition") not in found
    # a recognition task in the title is the paper's task, whoever is evaluated
    vlm, _ = edges(extractor, "Evaluating Vision-Language Models for Emotion Recognition")
    assert ("addressesTask", "emotional-intelligence-evaluation") not in vlm
    # empathy is measured too, also against people; generating it is another task
    compared, _ = edges(extractor, "Is ChatGPT More Empathetic than Humans?")
    assert ("addressesTask", "emotional-intelligence-evaluation") in compared
    generating, _ = edges(extractor, "Empathetic Response Generation with Large Language Models versus Humans")
    assert ("addressesTask", "emotional-intelligence-evaluation") not in generating


def test_first_impressions_and_big_five_traits_are_personality_detection(extractor):
    found, _ = edges(extractor, "Multimodal First Impression Analysis with Deep Residual Networks")
    big5, _ = edges(extractor, "Predicting the Big Five Personality Traits from Essays")
    assert ("addressesTask", "personality-detection") in found & big5


def test_acronyms_the_paper_defines_or_joins_into_names_are_not_tasks(extractor):
    found, _ = edges(extractor, "ARTNet for Micro-Expression Recognition",
                     "The field of micro-expression recognition (MER) has garnered considerable attention.")
    assert ("addressesTask", "multimodal-emotion-recognition") not in found
    own, _ = edges(extractor, "Fusion for Emotion", "We study multimodal emotion recognition (MER) on videos.")
    assert ("addressesTask", "multimodal-emotion-recognition") in own
    gait, _ = edges(extractor, "MSA-GCN: Multiscale Adaptive Graph Convolution Network for Gait Emotion Recognition")
    assert ("addressesTask", "sentiment-analysis") not in gait
    purpose, _ = edges(extractor, "Story2MIDI: Emotionally Aligned Music Generation from Text",
                       "We construct a dataset by merging existing datasets for sentiment analysis from text.")
    assert ("addressesTask", "sentiment-analysis") not in purpose


def test_challenge_editions_named_with_a_year(extractor):
    overview, _ = edges(extractor, "MEC 2017 Workshop and Challenge: Multimodal Emotion Recognition")
    assert ("introducesDataset", "mec-2017") in overview
    entry, _ = edges(extractor, "Our Entry", "We describe our submission to The MEC 2016 Multimodal Emotion "
                                             "Recognition Challenge.")
    assert ("usesDataset", "mec-2016") in entry
    # an edition of a catalogued challenge is the challenge the catalogue describes as a whole
    catalogued, _ = edges(extractor, "AVEC 2019 Workshop and Challenge: State-of-Mind, Detecting Depression with AI")
    assert ("introducesDataset", "avec") in catalogued
    metric, _ = edges(extractor, "AU Detection", "Results on our Pain-ICU dataset (F1-score 0.5) are reported.")
    assert not any(t == "f1-score" for _, t in metric)


@pytest.mark.parametrize("title, abstract, task, not_task", [
    ("Stress Detection Using Wearable Sensors", "We detect stress from EDA and heart rate recorded by a wristband.",
     "physiological-emotion-recognition", "mental-health-assessment"),
    # beside movement it is still read from the signals
    ("An Unobtrusive Stress Recognition System for the Smart Office",
     "We combine heart rate variability from a wearable with body movements.",
     "physiological-emotion-recognition", "mental-health-assessment"),
    # beside a camera too: thermal or rPPG faces are read as signals
    ("Combining Facial Videos and Biosignals for Stress Estimation During Driving",
     "We estimate driver stress from facial videos together with heart rate and electrodermal activity.",
     "physiological-emotion-recognition", "mental-health-assessment"),
    # in posts or faces it stays an assessment
    ("Dreaddit: A Reddit Dataset for Stress Analysis in Social Media",
     "We present a new text corpus of social media posts for the identification of stress.",
     "mental-health-assessment", "physiological-emotion-recognition"),
    ("Stress Recognition from Facial Images", "Unlike methods based on physiological signals, we use facial images.",
     "mental-health-assessment", "physiological-emotion-recognition"),
])
def test_stress_from_physiological_signals_is_physiological_recognition(extractor, title, abstract, task, not_task):
    found, _ = edges(extractor, title, abstract)
    assert ("addressesTask", task) in found and ("addressesTask", not_task) not in found


def test_fields_named_as_applications_are_not_the_papers_task(extractor):
    found, _ = edges(extractor, "Multi-Modal Sentiment Analysis with Attention Fusion",
                     "We fuse verbal and non-verbal cues. Our approach carries broader impact for affective computing "
                     "applications—from emotion recognition and mental health assessment to interaction.")
    listed, _ = edges(extractor, "Facial Expression Recognition in the Wild",
                      "We recognise expressions. This is important for many applications, e.g. human-computer "
                      "interaction, stress analysis, interactive games.")
    assert ("addressesTask", "mental-health-assessment") not in found | listed


def test_a_locally_defined_acronym_is_that_thing_everywhere(extractor):
    found, _ = edges(extractor, "ARTNet for Micro-Expression Recognition",
                     "The field of micro-expression recognition (MER) has garnered attention. However, MER remains "
                     "a formidable challenge. We show that MER benefits from our network.")
    assert ("addressesTask", "multimodal-emotion-recognition") not in found


def test_a_locally_defined_acronym_is_no_modality(extractor):
    augmented, _ = edges(extractor, "Multilabel Emotion Classification Using Data Augmentation",
                         "We assessed Easy Data Augmentation (EDA) on two text datasets. EDA helps BERT.")
    assert ("usesModality", "physio") not in augmented
    signal, _ = edges(extractor, "Stress detection from wearables",
                      "We record electrodermal activity (EDA) with a wristband. EDA predicts stress.")
    assert ("usesModality", "physio") in signal


def test_speech_the_word_is_not_always_the_signal(extractor):
    hate, _ = edges(extractor, "Hate Speech and Offensive Language Detection using an Emotion-aware Shared Encoder",
                    "We classify posts.")
    langs, _ = edges(extractor, "Emotion Classification in Low-Resource Languages",
                     "There are 7100+ active languages spoken around the world.")
    assert ("usesModality", "speech") not in hate | langs
    real, _ = edges(extractor, "Emotion Recognition from Speech in Noisy Conditions")
    assert ("usesModality", "speech") in real


def test_music_audio_and_lyrics(extractor):
    found, _ = edges(extractor, "Music Mood Detection Based on Audio and Lyrics with Deep Neural Nets")
    assert ("usesModality", "music") in found and ("usesModality", "text") in found
    assert ("usesModality", "speech") not in found


def test_roles_follow_the_words_before_the_name(extractor):
    intro, _ = edges(extractor, "Emotion-LLaMA", "To address this, we introduce the MERR dataset, containing 28,618 "
                                                 "samples.")
    assert ("introducesDataset", "merr") in intro
    derived, _ = edges(extractor, "Steering LLMs", "We create a synthetic conversational dataset derived from the "
                                                   "ESConv dataset.")
    assert ("usesDataset", "esconv") in derived
    public, _ = edges(extractor, "FER with Transformers",
                      "The proposed method is evaluated on three public in-the-wild facial expression datasets "
                      "(RAF-DB, FERPlus and AffectNet).")
    assert ("usesDataset", "raf-db") in public and not any(p == "introducesDataset" for p, _ in public)
    appositive, _ = edges(extractor, "Embodied Emotion", "We present an embodied emotion classification dataset, "
                                                         "CHEER-Ekman, extending the existing binary dataset.")
    assert ("introducesDataset", "cheer-ekman") in appositive


def test_titles_that_name_the_papers_dataset_or_challenge(extractor):
    for title, name in [("Dreaddit: A Reddit Dataset for Stress Analysis in Social Media", "dreaddit"),
                        ("The OMG-Empathy Dataset: Evaluating the Impact of Affective Behavior", "omg-empathy"),
                        ("ABAW: Valence-Arousal Estimation, Expression Recognition & Multi-Task Learning Challenges",
                         "abaw")]:
        found, _ = edges(extractor, title)
        assert ("introducesDataset", name) in found, title


def test_a_modality_written_before_the_phrase_decides_the_recognition_task(extractor):
    gait, _ = edges(extractor, "ST-Gait++: Spatio-Temporal Convolutions for Gait-Based Emotion Recognition on Videos",
                    "Emotion recognition is relevant for behaviour understanding, where facial expression and "
                    "speech recognition have been widely explored.")
    assert ("addressesTask", "speech-emotion-recognition") not in gait
    eeg, _ = edges(extractor, "Cross-Subject EEG Emotion Recognition", "We also record speech and faces.")
    assert ("addressesTask", "physiological-emotion-recognition") in eeg


def test_names_written_right_after_a_data_noun(extractor):
    found, _ = edges(extractor, "Readers' Affect", "To conduct experiments, we procure two extensive datasets "
                                                   "REN-10k and RENh-4k, apart from using a benchmark.")
    assert {("introducesDataset", "ren-10k"), ("introducesDataset", "renh-4k")} <= found
    passive, _ = edges(extractor, "ChatCounselor", "The training dataset, Psych8k, was constructed from 260 "
                                                   "in-depth interviews.")
    assert ("introducesDataset", "psych8k") in passive
    bracket, _ = edges(extractor, "Blendshapes", "We use a face dataset with neutral expressions (VOCAset) and a "
                                                 "dataset of 3D expression sequences (Florence4D).")
    assert ("usesDataset", "florence4d") in bracket
    method, _ = edges(extractor, "SER", "We develop models for the reference datasets using self-supervised "
                                        "speech model (SSLM) embeddings.")
    assert not any(t == "sslm" for _, t in method)


def test_sizes_venues_and_derived_names_are_not_the_dataset(extractor):
    size, _ = edges(extractor, "Intents", "We labeled intents using a subset of a sizeable empathetic dialogue "
                                          "dataset (25K dialogues).")
    venue, _ = edges(extractor, "ABAW entry", "We introduce our submission to the CVPR 2023 Competition on "
                                              "Affective Behavior Analysis in-the-wild (ABAW).")
    derived, _ = edges(extractor, "EmoBench-Reddit: A Hierarchical Benchmark for Evaluating Emotional Intelligence")
    assert not any(t in ("25k", "cvpr-2023", "emobench") for _, t in size | venue | derived)


def test_emotion_prediction_and_languages(extractor):
    text, _ = edges(extractor, "Text-Based Fine-Grained Emotion Prediction")
    lingual, _ = edges(extractor, "Cross-lingual Emotion Detection", "We transfer models across languages.")
    assert ("addressesTask", "text-emotion-recognition") in text & lingual
    tts, _ = edges(extractor, "Hierarchical Emotion Prediction and Control in Text-to-Speech Synthesis")
    assert ("addressesTask", "emotional-speech-synthesis") in tts
    assert not any(t.endswith("emotion-recognition") for _, t in tts)  # a step of the synthesis, not a task


def test_multimodal_valence_arousal_title(extractor):
    found, _ = edges(extractor, "Distance-aware Soft Prompt Learning for Multimodal Valence-Arousal Estimation")
    assert ("addressesTask", "multimodal-emotion-recognition") in found


def test_llm_title_rules_need_a_language_model_and_an_output(extractor):
    fer, _ = edges(extractor, "Feature Representation Learning with Transformer Fusion for Micro-Expression Recognition")
    msa, _ = edges(extractor, "Interpretable Multimodal Sentiment Analysis by Using Large-Scale Language Models")
    assert ("addressesTask", "emotion-in-llm-internals") not in fer | msa
    talking, _ = edges(extractor, "Speech Driven Talking Face Generation from a Single Image and an Emotion Condition")
    assert ("addressesTask", "emotional-image-generation") not in talking


def test_multimodal_recognition_from_physiological_signals_is_also_physiological(extractor):
    found, _ = edges(extractor, "A Multimodal Dataset for Mixed Emotion Recognition",
                     "We record EEG, GSR and PPG signals and face videos of 80 participants watching clips.")
    assert {("addressesTask", "multimodal-emotion-recognition"),
            ("addressesTask", "physiological-emotion-recognition")} <= found


def test_dimensions_a_dataset_was_annotated_with_are_not_the_papers_prediction(extractor):
    annotated, _ = edges(extractor, "Exploring Emotion Recognition with a Multi-Scale fNIRS Dataset",
                         "Participants rated valence and arousal after each clip.")
    assert ("addressesTask", "dimensional-affect-prediction") not in annotated
    predicted, _ = edges(extractor, "Deep Networks for Affect", "We predict valence and arousal from speech.")
    assert ("addressesTask", "dimensional-affect-prediction") in predicted


@pytest.mark.parametrize("title, fires", [
    ("A Tone-aware Chatbot for Customer Care on Social Media", True),
    ("What If Bots Feel Moods? Towards Controllable Retrieval-based Dialogue Systems", True),
    ("A Chatbot for Customer Care on Social Media", False),  # no feeling in the title
    ("Benchmarking Emotional Reasoning in Spoken Dialogue Systems", False),  # evaluates, does not respond
])
def test_a_responder_with_feelings_generates_empathetic_responses(extractor, title, fires):
    assert (("addressesTask", "empathetic-response-generation") in edges(extractor, title)[0]) == fires


def test_an_overview_of_a_shared_task_introduces_its_data(extractor):
    found, _ = edges(extractor, "Findings of the WASSA 2023 Shared Task on Empathy and Emotion Detection")
    assert any(p == "introducesDataset" for p, _ in found)
    found, _ = edges(extractor, "Our System at the WASSA 2023 Shared Task on Empathy and Emotion Detection")
    assert any(p == "usesDataset" for p, _ in found) and not any(p == "introducesDataset" for p, _ in found)


def test_names_listed_in_brackets_then_constructed_are_introduced(extractor):
    found, _ = edges(extractor, "Occlusion Facial Expression Recognition",
                     "Two occlusion datasets (FM-RAFDB and SG-RAFDB) were constructed from RAF-DB.")
    assert {("introducesDataset", "fm-rafdb"), ("introducesDataset", "sg-rafdb")} <= found


def test_coordinated_objects_share_the_action_noun(extractor):
    found, ex = edges(extractor, "Findings of the Shared Task on Empathy, Emotion and Personality Detection "
                                 "in Conversations")
    assert {("addressesTask", "empathy-detection"), ("addressesTask", "personality-detection"),
            ("addressesTask", "emotion-recognition-in-conversation")} <= found
    assert any(m.rule == "gazetteer" and m.label == "Empathy" for m in ex.mentions)  # evidence: the word itself
    found, _ = edges(extractor, "Empathy and Fairness in Personality Detection")  # no list before the head
    assert ("addressesTask", "empathy-detection") not in found


def test_a_video_conversation_is_a_meeting_on_camera_not_a_dialogue(extractor):
    found, _ = edges(extractor, "An Emotion and Attention Recognition System for Video Conversations",
                     "We classify the emotional states of participants from their facial features.")
    assert ("addressesTask", "facial-expression-recognition") in found
    assert ("addressesTask", "emotion-recognition-in-conversation") not in found


@pytest.mark.parametrize("title, fires", [
    ("FEIL: Emotion Lexicons for Finnish", True),
    ("Affective Retrofitted Word Embeddings", True),
    ("Learning Emotion2Vec Representations of Words", True),
    ("Emotion Recognition from Speech Using Wav2vec 2.0 Embeddings", False),  # a recognition task is named
    ("Lexical Substitution for Style Transfer", False),  # no affect in the title
])
def test_an_affect_lexicon_serves_text_emotion_recognition(extractor, title, fires):
    assert (("addressesTask", "text-emotion-recognition") in edges(extractor, title)[0]) == fires


@pytest.mark.parametrize("title, task", [
    # a title assessing a mental-health condition
    ("Robust Speech Models for Depression Screening", "mental-health-assessment"),
    ("Predicting Suicide Risk Level from Reddit Posts", "mental-health-assessment"),
    ("Early Detection of Signs of Anorexia and Self-harm", "mental-health-assessment"),
    ("Identifying Mood Episodes Using Dialogue Features", "mental-health-assessment"),
    ("Leveraging Linguistic Characteristics for Bipolar Disorder Recognition", "mental-health-assessment"),
    ("Speech-based markers for posttraumatic stress disorder in US veterans", "mental-health-assessment"),
    ("Prediction of Iranian EFL Teachers' Burnout Level Using Machine Learning", "mental-health-assessment"),
    # a platform's sentiment analysis is also sentiment analysis; labels of image and avatar generation
    ("Twitter Sentiment Analysis on Bitcoin Price", "sentiment-analysis"),
    ("Twitter Sentiment Analysis on Bitcoin Price", "social-media-affect-analysis"),
    ("EmoStyle: Emotion-Driven Image Stylization", "emotional-image-generation"),
    ("An Expressive Talking Avatar Driven by Speech", "emotional-talking-face-generation"),
    # affective state detection from brain signals, group-level emotion from images
    ("Affective State Detection using fNIRS and Machine Learning", "physiological-emotion-recognition"),
    ("A Hybrid Fusion Model for Group-Level Emotion Recognition in Crowds", "visual-emotion-analysis"),
    # converting a voice's emotion; editing a face's expression
    ("Audio-to-Audio Emotion Conversion With Pitch And Duration Style Transfer", "emotional-speech-synthesis"),
    ("Zero-Shot Expressive Voice Conversion with Disentangled Codes", "emotional-speech-synthesis"),
    ("SARGAN: Spatial Attention-based Residuals for Facial Expression Manipulation", "emotional-image-generation"),
    # annotating emotions, valence or arousal
    ("Learning Annotation Consensus for Continuous Emotion Recognition", "emotion-annotation-methodology"),
    ("Crowdsourcing in the Absence of Ground Truth: Emotion Labels for Dialogues", "emotion-annotation-methodology"),
    ("Joint Model for Global and Time-Series Valence Annotations", "emotion-annotation-methodology"),
    # forecasting the emotion of the turns to come belongs to recognition in conversation
    ("Hi-EF: Benchmarking Emotion Forecasting in Human-interaction", "emotion-recognition-in-conversation"),
    # analysing micro-expressions is facial expression recognition
    ("A Review on Facial Micro-Expressions Analysis: Datasets, Features and Metrics", "facial-expression-recognition"),
    ("ME-TST+: Micro-expression Analysis via Temporal State Transition", "facial-expression-recognition"),
    # continuous (time-continuous) emotion recognition predicts continuous values
    ("Multi-corpus Experiment on Continuous Speech Emotion Recognition", "dimensional-affect-prediction"),
    ("A Corpus for Naturalistic, Time-Continuous Emotion Recognition", "dimensional-affect-prediction"),
    # a task named by its object: hope speech, someone's empathy, social support, triggers, annotating, conspiracy, mood
    ("Hope Speech detection in under-resourced Kannada language", "social-media-affect-analysis"),
    ("Hierarchical Attention Network for Evaluating Therapist Empathy in Counseling Sessions", "empathy-detection"),
    ("EMP-EVAL: A Framework for Measuring Empathy in Open Domain Dialogues", "empathy-detection"),
    ("User Experiences of Social Support From Companion Chatbots in Everyday Contexts", "emotional-support-conversation"),
    ("Unsupervised Extractive Summarization of Emotion Triggers", "emotion-cause-analysis"),
    ("Can Large Language Models Aid in Annotating Speech Emotional Data?", "emotion-annotation-methodology"),
    ("On Limitations of LLM as Annotator for Low Resource Languages", "emotion-annotation-methodology"),
    ("ConspEmoLLM: Conspiracy Theory Detection Using an Emotion-Based Large Language Model", "misinformation-detection"),
    ("Deep learning based mood tagging for Chinese song lyrics", "music-emotion-recognition"),
])
def test_a_title_names_its_task(extractor, title, task):
    assert ("addressesTask", task) in edges(extractor, title)[0]


def test_recognising_emotions_in_a_mental_health_setting_assesses_no_condition(extractor):
    found, _ = edges(extractor, "nBERT: Harnessing NLP for Emotion Recognition in Psychotherapy to Transform Mental "
                                "Health Care")
    assert ("addressesTask", "mental-health-assessment") not in found


@pytest.mark.parametrize("title", ["Predicting Emotion in Movie Scripts Using Deep Learning",
                                   "Detecting Multiclass Emotions from Labeled Movie Scripts"])
def test_a_dropped_modality_does_not_decide_the_task(extractor, title):
    # "movie scripts" is text about a film, not video: the text the paper keeps decides the task
    found, _ = edges(extractor, title, "We classify the emotion of every line of text in 1,000 scripts.")
    assert ("usesModality", "video") not in found and ("usesModality", "text") in found
    assert ("addressesTask", "text-emotion-recognition") in found


def test_a_condition_without_an_assessing_word_is_no_assessment(extractor):
    found, _ = edges(extractor, "Emotional Support Chatbots for People with Anxiety")
    assert ("addressesTask", "mental-health-assessment") not in found


def test_a_field_named_with_of_is_not_the_task(extractor):
    found, _ = edges(extractor, "Enhancing the Emotional Generation Capability of Large Language Models",
                     "We improve emotional generation. Further, we discuss the promise of LLMs in the field of "
                     "sentiment analysis.")
    assert ("addressesTask", "sentiment-analysis") not in found


@pytest.mark.parametrize("title, task", [
    ("Multimodal Speech Emotion Recognition in Patient-Clinician Interviews", "speech-emotion-recognition"),
    # the multimodal features serve the task the title names, not emotion recognition
    ("EMO-BOOST: Emotion-Augmented Audio-Visual Features for Improved Deepfake Detection", "misinformation-detection"),
])
def test_multimodal_in_a_title_that_names_its_task(extractor, title, task):
    found, _ = edges(extractor, title)
    assert ("addressesTask", task) in found
    assert ("addressesTask", "multimodal-emotion-recognition") not in found
    for plain in ("Multimodal Emotion Fusion with Missing Modalities", "Emotion-Augmented Audio-Visual Features"):
        assert ("addressesTask", "multimodal-emotion-recognition") in edges(extractor, plain)[0]


def test_beyond_in_a_title_is_not_a_contrast(extractor):
    found, _ = edges(extractor, "Beyond Context to Cognitive Appraisal: Emotion Reasoning as a Theory of Mind Benchmark")
    assert {("addressesTask", "emotion-reasoning"), ("addressesTask", "theory-of-mind")} <= found
    cited, _ = edges(extractor, "A New Model", "Unlike prior work on emotion reasoning, we classify tweets.")
    assert ("addressesTask", "emotion-reasoning") not in cited


def test_counseling_dialogue_is_emotional_support_and_empathic_bots_generate_empathy(extractor):
    found, _ = edges(extractor, "Multi-Turn Psychological Counseling with Small Models",
                     "We train a model on counseling conversations between clients and therapists.")
    assert ("addressesTask", "emotional-support-conversation") in found
    found, _ = edges(extractor, "Teaching Empathic Chatbots to Listen",
                     "We fine-tune a language model for generating empathetic responses to users.")
    assert ("addressesTask", "empathetic-response-generation") in found
    found, _ = edges(extractor, "Target Guided Emotion Aware Chat Machine")
    assert ("addressesTask", "empathetic-response-generation") in found


@pytest.mark.parametrize("edge, rule, fires, quiet", [
    # an LLM title whose abstract examines the models' own emotional abilities; the same words about
    # the paper's own method are not an evaluation of the models
    (("addressesTask", "emotional-intelligence-evaluation"), "llm+capability",
     ("GPT-4 Mirrors Human Emotional Judgement in Vignettes",
      "Work on large language models is growing. In this paper we study the emotional reasoning "
      "abilities of LLMs on short vignettes written by psychologists."),
     ("Emotional Support from Large Language Models", "We study the abilities of LLMs to give emotional support.")),
    # micro-expressions exist only in frame sequences; still photographs are not video
    (("usesModality", "video"), "moving-face",
     ("Optical Flow Features for Micro-Expression Recognition",
      "We recognise micro-expressions of the face with a lightweight network."),
     ("Facial Expression Recognition with Lightweight Networks", "We classify facial expressions in photographs.")),
    # an emotion model named in a sentence about others' work is not the paper's
    (("usesEmotionModel", "ekman"), "gazetteer",
     ("Aesthetic Emotions in Poetry",
      "Most approaches ignore poetry. We annotate poems with the basic emotions defined by Ekman."),
     ("Aesthetic Emotions in Poetry", "Most approaches to emotion analysis focus on basic emotion categories as "
      "defined by Ekman or Plutchik. We annotate aesthetic emotions in poems.")),
])
def test_a_rule_fires_where_its_signal_is_and_only_there(extractor, edge, rule, fires, quiet):
    found, ex = edges(extractor, *fires)
    assert edge in found and any(m.rule == rule for m in ex.mentions)
    assert edge not in edges(extractor, *quiet)[0]


@pytest.mark.parametrize("expected, fires, quiet, absent", [
    # a conversation model that fuses two channels is also multimodal recognition
    ({("addressesTask", "emotion-recognition-in-conversation"), ("addressesTask", "multimodal-emotion-recognition")},
     ("Graph Attention for Emotion Recognition in Conversations",
      "We fuse the acoustic and lexical features of each utterance with a graph network."),
     ("Graph Attention for Emotion Recognition in Conversations",
      "We model the lexical features of each utterance with a graph network."),
     ("addressesTask", "multimodal-emotion-recognition")),
    # a survey of emotion recognition covers each sensor's own task; a study of one sensor does not
    ({("addressesTask", "facial-expression-recognition"), ("addressesTask", "speech-emotion-recognition"),
      ("addressesTask", "physiological-emotion-recognition")},
     ("Emotion Recognition for Human-Computer Interaction: A Survey",
      "Emotion recognition draws on facial expressions, speech and physiological signals. "
      "We review emotion recognition methods for each sensor."),
     ("Emotion Recognition for Human-Computer Interaction",
      "Emotion recognition draws on facial expressions, speech and physiological signals. "
      "We study emotion recognition from physiological signals."),
     ("addressesTask", "facial-expression-recognition")),
    # missing modalities only arise where several are combined
    ({("addressesTask", "multimodal-emotion-recognition")},
     ("Missing Modality Imagination Network for Emotion Recognition", "We impute the features of absent inputs."),
     ("Imagination Network for Emotion Recognition", "We impute the features of absent inputs."),
     ("addressesTask", "multimodal-emotion-recognition")),
    # the modality written after "on" decides, not the ones a background sentence names
    ({("addressesTask", "text-emotion-recognition")},
     ("Emotion Detection on TV Show Transcripts", "There are advances in detecting emotions from speech and images."),
     ("Emotion Detection for TV Shows", "There are advances in detecting emotions from speech and images."),
     ("addressesTask", "text-emotion-recognition")),
    # a verb with an adjective before "emotions" names the generic task, specialised by the modality
    ({("addressesTask", "text-emotion-recognition")},
     ("Detecting Perceived Emotions in Hurricane Disasters", "We classify English tweets into coarse emotion groups."),
     ("Perceived Emotions in Hurricane Disasters", "We count English tweets by coarse emotion groups."),
     ("addressesTask", "text-emotion-recognition")),
])
def test_tasks_a_paper_implies_only_where_it_implies_them(extractor, expected, fires, quiet, absent):
    assert expected <= edges(extractor, *fires)[0]
    assert absent not in edges(extractor, *quiet)[0]


def test_a_modality_written_after_the_phrase_decides_it_too(extractor):
    found, _ = edges(extractor, "Recognising Emotions Through Body Posture",
                     "Emotions show in facial expressions, voice and posture. We classify emotions from "
                     "skeleton sequences.")
    assert ("addressesTask", "speech-emotion-recognition") not in found
    assert ("usesModality", "speech") not in found  # "a speech or discourse context": an utterance, not audio
    assert ("addressesTask", "facial-expression-recognition") not in found


def test_a_task_named_after_another_task_and_in_is_its_setting(extractor):
    found, _ = edges(extractor, "Emotion Recognition in Emotional Support Conversations",
                     "We recognise emotions of help-seekers.")
    assert ("addressesTask", "emotion-recognition-in-conversation") in found or \
        ("addressesTask", "text-emotion-recognition") in found
    assert ("addressesTask", "emotional-support-conversation") not in found


def test_modalities_listed_as_background_give_way_to_the_one_the_title_names(extractor):
    background = "Emotions can be recognised from facial expressions, speech and text. A lightweight network " \
                 "classifies the recordings."
    mods = lambda title: {t for p, t in edges(extractor, title, background)[0] if p == "usesModality"}
    assert mods("Emotion Detection Using ECG Signals") == {"physio"}
    assert mods("Emotion Detection with a Lightweight Network") == {"face", "speech", "text"}  # nothing else named
    assert mods("A Survey of Emotion Detection Using ECG Signals") >= {"face", "speech", "text"}  # a survey's subject
    # without a modality in the title, a list said of emotions in general is background too
    general = "Emotions can be communicated through written text, spoken language and facial gestures. We built " \
              "an app that reads short messages."
    assert {t for p, t in edges(extractor, "Emotion Detection in Messaging Systems", general)[0]
            if p == "usesModality"} == {"text"}
    humans = "Humans use gestures, facial expressions, and voice pitch and choose words to show emotions. We " \
             "classify emotions in Urdu text."
    assert {t for p, t in edges(extractor, "Context-aware Emotion Detection in Urdu", humans)[0]
            if p == "usesModality"} == {"text"}


def test_a_generic_recognition_task_takes_the_modality_the_title_names(extractor):
    background = "Code-mixing is the use of two languages within a speech or discourse context. We build an " \
                 "emotion detection model for it."
    found, _ = edges(extractor, "Emotion Detection for Urdu-English Code-mixed Text", background)
    assert ("addressesTask", "text-emotion-recognition") in found
    assert ("addressesTask", "speech-emotion-recognition") not in found
    assert ("usesModality", "speech") not in found  # "a speech or discourse context": an utterance, not audio
    # two of them in the title: several channels
    both, _ = edges(extractor, "Emotion recognition with facial expressions and physiology using wearables")
    assert ("addressesTask", "multimodal-emotion-recognition") in both


def test_the_voice_and_vocals_of_a_song_are_music(extractor):
    found, _ = edges(extractor, "Music Emotion Recognition from Vocal Features",
                     "We predict the mood of songs from their vocal and acoustic features.")
    assert ("usesModality", "music") in found and ("usesModality", "speech") not in found


def test_a_dataset_name_inside_a_task_name_is_the_task(extractor):
    found, _ = edges(extractor, "Commonsense Knowledge for Empathetic Dialogue Generation",
                     "We generate responses that show empathy.")
    assert ("addressesTask", "empathetic-response-generation") in found
    assert ("usesDataset", "empatheticdialogues") not in found


def test_a_conference_challenge_is_named_in_full(extractor):
    found, ex = edges(extractor, "Our System for the ICASSP 2026 Speech Affect Challenge",
                      "We describe our entry to the ICASSP 2026 Speech Affect Challenge on emotional speech.")
    assert ("usesDataset", "icassp-2026-speech-affect-challenge") in found
    assert all(d.label != "ICASSP 2026" for d in ex.discovered)


def test_a_numbered_task_of_a_recurring_evaluation_is_a_dataset(extractor):
    found, ex = edges(extractor, "Team X at GermEval 2031 Task 4: Emotion Classification of Posts",
                      "We describe our system for GermEval 2031 Task-4 on emotion classification.")
    assert ("usesDataset", "germeval-2031-task-4") in found
    assert any(d.label == "GermEval-2031 Task 4" for d in ex.discovered)


def test_music_that_evokes_what_an_eeg_reads_is_a_stimulus(extractor):
    found, _ = edges(extractor, "EEG-based emotion recognition in music listening",
                     "We classify EEG signals recorded while participants listened to music clips.")
    assert ("usesModality", "eeg") in found and ("usesModality", "music") not in found
    audio, _ = edges(extractor, "Detecting Music-Induced Emotion Based on Acoustic Analysis and Physiological Sensing",
                     "We combine acoustic features of the songs with the listeners' skin conductance.")
    assert ("usesModality", "music") in audio


def test_a_numbered_task_written_task_first(extractor):
    title, abstract = "SentimentGPT: Exploiting GPT", "We study GPT methods in the context of Task 4 on the SemEval 2017 dataset."
    found, ex = edges(extractor, title, abstract)
    assert ("usesDataset", "semeval-2017-task-4") in found
    assert not {t for _, t in found if t == "semeval-2017"}  # the campaign's year names the task's data here
    m = next(m for m in ex.mentions if m.target.endswith("/semeval-2017-task-4"))
    assert f"{title}\n{abstract}"[m.start:m.end] == "Task 4 on the SemEval 2017"  # the evidence: the words as written
    named, _ = edges(extractor, "ValenTo: Sentiment Analysis of Figurative Language Tweets",
                     "We describe our system in the Task 11, Sentiment Analysis of Figurative Language in Twitter, "
                     "at SemEval 2015.")
    assert ("usesDataset", "semeval-2015-task-11") in named


def test_a_language_before_a_catalogued_name_heading_a_title_is_its_counterpart(extractor):
    found, _ = edges(extractor, "Chinese EmoBank: Building Valence-Arousal Resources for Dimensional Sentiment Analysis",
                     "We build a valence-arousal resource called Chinese EmoBank and compare it with EmoBank.")
    assert ("introducesDataset", "chinese-emobank") in found and ("usesDataset", "emobank") in found
    plain, _ = edges(extractor, "Chinese sentiment: a study", "We translate EmoBank into Chinese.")
    assert ("usesDataset", "emobank") in plain and not {t for _, t in plain if t == "chinese-emobank"}


@pytest.mark.parametrize("title, gesture", [
    ("Interpretation of Emotional Body Language Displayed by Robots", True),
    ("Emotive Character Animations Created with Procedural Animation", True),
    ("Communication of emotion in social robots through simple head and arm movements", True),
    ("Estimating Emotional Intensity from Body Poses for Human-Robot Interaction", False),  # reads people
    ("EAI-Avatar: Emotion-Aware Interactive Talking Head Generation", False),
])
def test_a_robot_or_character_showing_emotion_with_its_body_is_gesture_generation(extractor, title, gesture):
    found, _ = edges(extractor, title)
    assert (("addressesTask", "emotional-gesture-generation") in found) == gesture
    if gesture:
        assert ("usesModality", "body") in found and ("usesModality", "speech") not in found  # no voice is named


def test_pain_from_faces_specialises_like_emotion(extractor):
    found, _ = edges(extractor, "Automatic Pain Detection from Facial Expressions with Transformers",
                     "We detect pain in facial expressions of patients.")
    assert ("addressesTask", "facial-expression-recognition") in found


def test_texts_about_a_film_are_not_video(extractor):
    found, _ = edges(extractor, "Emotion Arcs of Movie Scripts", "We classify the emotions of film scripts.")
    assert ("usesModality", "video") not in found
    clips, _ = edges(extractor, "Emotion Arcs of Movie Clips", "We classify the emotions of film clips.")
    assert ("usesModality", "video") in clips


@pytest.mark.parametrize("title, abstract, modality, present", [
    # what a voice keeps, and text a method does without, are not text
    ("Emotional Voice Conversion with Disentangled Codes",
     "We change the emotion of an utterance while preserving its linguistic content.", "text", False),
    ("A Text-Independent Speech Emotion Recognition Model",
     "We recognise emotions from speech without text transcripts.", "text", False),
    ("Fusing Speech and Text for Emotion Recognition", "We fuse acoustic and text features.", "text", True),
    # speeches read as transcripts, hate speech: not the speech signal
    ("Code-mixed Sentiment and Hate-speech Prediction", "We classify code-mixed posts.", "speech", False),
    ("Hope Speech Detection in Kannada", "We classify hope speech in comments.", "speech", False),
    # the words of a catalogued dataset's full name say nothing of what the paper reads
    ("Speech Emotion Recognition with Quaternion Networks", "We outperform others on the Ryerson Audio-Visual "
     "Database of Emotional Speech and Song.", "video", False),
    ("Emotive Rhetoric in Parliamentary Speech", "We score the emotive language of legislators.", "speech", False),
    ("Detecting Hope and Hate in Arabic Textual Speech", "We classify posts into hope and hate.", "speech", False),
    ("Listening to Student Voices: Sentiment in Course Feedback", "We analyse open-ended survey answers.", "speech",
     False),
    ("Patient Voices: Acoustic Markers of Depression", "We analyse the voices of patients in interviews.", "speech",
     True),
    ("Emotion Recognition from Speech", "We classify utterances of actors.", "speech", True),
    # a film shown to participants is the stimulus; a film the model watches is its data
    ("ECG-Based Emotion Recognition", "Participants were exposed to movies with different emotional content.",
     "video", False),
    ("EEG Emotion Recognition", "Emotions were induced by emotional video clips while EEG was recorded.", "video", False),
    ("Emotion Dynamics in Movie Dialogues", "We track emotions across the lines of characters.", "video", False),
    ("Predicting Affective Responses Evoked by Movies", "We model the audio and visual streams of films.",
     "video", True),
    ("Stress Detection in the Wild", "We record heart rate from a smart watch and video of the participants' faces.",
     "video", True),
    # the audio of an audio-visual paper is speech, unless it is music
    ("A Pre-trained Audio-Visual Transformer for Emotion Recognition", "We pre-train on unlabeled clips.", "speech",
     True),
    ("EMID: An Emotional Aligned Dataset in Audio-Visual Modality", "We pair music with images.", "speech", False),
    # a language model reads and writes text; emotion causes with no channel named are found in text
    ("Emotion Knowledge Enhancement for Vision Large Language Models", "We study facial expressions.", "text", True),
    ("An End-to-End Network for Emotion-Cause Pair Extraction", "We extract pairs of emotions and causes.", "text",
     True),
])
def test_a_modality_is_data_the_method_reads_or_its_title_implies(extractor, title, abstract, modality, present):
    assert (("usesModality", modality) in edges(extractor, title, abstract)[0]) == present


@pytest.mark.parametrize("title, abstract, recognition", [
    ("Predicting Emotion Intensity in Text Using Transformer-Based Models",
     "We regress the intensity of anger, fear, joy and sadness in tweets.", True),
    ("Frustration Intensity Prediction in Customer Support Dialog Texts",
     "We predict how frustrated customers are in each turn.", True),
    # an analysis of what intensity does is not its recognition; intensity of synthesised speech neither
    ("Online Persuasion of Review Emotional Intensity: A Text Mining Analysis",
     "We relate the emotional intensity of reviews to their helpfulness.", False),
    ("Emotion Intensity Control for Emotional Voice Conversion", "We convert neutral speech to angry speech.", False),
])
def test_the_intensity_of_emotions_in_text_is_text_emotion_recognition(extractor, title, abstract, recognition):
    found, _ = edges(extractor, title, abstract)
    assert (("addressesTask", "text-emotion-recognition") in found) == recognition
    if recognition:
        assert ("addressesTask", "dimensional-affect-prediction") not in found


@pytest.mark.parametrize("title, abstract, task", [
    # an assessing word before an affect noun, or a task noun after it, names the generic task
    ("Detection of Commuters' Affective State Using Wearable Sensors",
     "We record heart rate and skin conductance of 40 commuters.", "physiological-emotion-recognition"),
    ("Continuous Mood Monitoring from Smartphone Typing Text",
     "We collect the text that 60 students type on their phones.", "text-emotion-recognition"),
    ("Arousal Recognition from Electrodermal Activity in the Lab",
     "Participants watched film clips while their electrodermal activity was recorded.",
     "physiological-emotion-recognition"),
])
def test_an_assessing_title_names_the_generic_task(extractor, title, abstract, task):
    assert ("addressesTask", task) in edges(extractor, title, abstract)[0]


@pytest.mark.parametrize("title", [
    "Personality Detection with Emotion-Aware Text Encoders",  # the detecting is the personality's
    "Identifying Mood Episodes from Clinical Interview Transcripts",  # a mental-health condition
])
def test_an_assessing_word_of_something_else_is_not_emotion_recognition(extractor, title):
    found, _ = edges(extractor, title, "We train on 2,000 annotated texts.")
    assert ("addressesTask", "text-emotion-recognition") not in found


def test_physiological_signals_alone_are_read_for_affect(extractor):
    # no task named, and physiological signals the only data: affect is recognised from them
    found, _ = edges(extractor, "A Wristband Study of Everyday Well-being",
                     "We record heart rate variability and electrodermal activity of 50 office workers for two "
                     "weeks and relate them to self-reported stress and emotions.")
    assert ("addressesTask", "physiological-emotion-recognition") in found
    other, _ = edges(extractor, "A Wristband Study of Everyday Sleep",
                     "We record the heart rate variability of 50 office workers for two weeks.")
    assert ("addressesTask", "physiological-emotion-recognition") not in other


@pytest.mark.parametrize("title, present", [
    ("Recognizing Players' Arousal Changes from Game Footage", True),
    ("Emotional Valence Tracking from Facial Electromyography", True),
    ("Text-to-Image Generation Conditioned on Valence and Arousal", False),  # generates with them
    ("Human Ratings of Valence and Arousal for 10,000 Words", False),  # a lexicon's ratings
])
def test_valence_or_arousal_in_a_title_is_estimated(extractor, title, present):
    found, _ = edges(extractor, title, "We report results on our own recordings.")
    assert (("addressesTask", "dimensional-affect-prediction") in found) is present


@pytest.mark.parametrize("title, present", [
    ("Automated Measurement of Toddlers' Faces During Play", True),
    ("Editing Faces While Preserving Their Emotion", False),  # makes faces, does not read them
])
def test_faces_alone_are_read_for_affect(extractor, title, present):
    # no task named, and faces in video the only data: affect is recognised from the faces
    found, _ = edges(extractor, title, "We record the facial expressions of 30 children in video and code "
                                       "their emotions.")
    assert (("addressesTask", "facial-expression-recognition") in found) is present


@pytest.mark.parametrize("abstract, task, present", [
    ("We predict valence and arousal from speech recordings of 80 speakers.", "speech-emotion-recognition", True),
    # two kinds of channel: multimodal, not one channel's task
    ("We predict valence and arousal from speech and video recordings of 80 speakers.",
     "speech-emotion-recognition", False),
])
def test_dimensional_prediction_from_one_channel_is_that_channels_task(extractor, abstract, task, present):
    found, _ = edges(extractor, "Continuous Affect Prediction with Pre-trained Encoders", abstract)
    assert ("addressesTask", "dimensional-affect-prediction") in found
    assert (("addressesTask", task) in found) is present


@pytest.mark.parametrize("abstract, music", [
    ("We classify the emotions of 5,000 song lyrics with BERT.", False),
    ("We classify the emotions of 5,000 songs from their lyrics and their audio.", True),
])
def test_songs_known_by_their_lyrics_alone_are_text(extractor, abstract, music):
    found, _ = edges(extractor, "Emotion Classification of Song Lyrics", abstract)
    assert ("usesModality", "text") in found and ("addressesTask", "music-emotion-recognition") in found
    assert (("usesModality", "music") in found) is music


@pytest.mark.parametrize("title, abstract, music", [
    ("Music Recommendation Based on Facial Emotion Recognition", "A camera reads the user's face; songs that fit "
     "the detected emotion are played.", False),
    ("EMO-Music: Emotion Recognition Based Music Therapy with Deep Learning on Physiological Signals",
     "Heart rate and skin conductance give the emotion; the system then chooses calming music.", False),
    ("An Emotion-Aware Music Recommendation System", "Audio features (MFCCs, tempo) of each song are matched "
     "to the listener's emotion.", True),
])
def test_music_a_system_recommends_or_prescribes_is_not_read(extractor, title, abstract, music):
    assert (("usesModality", "music") in edges(extractor, title, abstract)[0]) is music


@pytest.mark.parametrize("title, video", [
    ("Leveraging Movie Recommendation Using Facial Emotion", False),
    ("A Multimodal Sentiment Dataset for Video Recommendation", True),
])
def test_films_a_system_recommends_are_not_read(extractor, title, video):
    found, _ = edges(extractor, title, "An emotion-based system suggests movies and videos that suit the user.")
    assert (("usesModality", "video") in found) is video


@pytest.mark.parametrize("abstract", ["We use Part-Of-Speech (POS) tags and word embeddings.",
                                      "We use part-of-speech tags and word embeddings.",
                                      "Bengali is one of the most spoken languages in the world.",
                                      "Unlike widely spoken languages, Amharic has few labelled tweets."])
def test_parts_of_speech_are_not_speech(extractor, abstract):
    found, _ = edges(extractor, "Emotion Classification of Indonesian Tweets", abstract)
    assert ("usesModality", "speech") not in found and ("addressesTask", "speech-emotion-recognition") not in found


def test_a_model_others_use_after_a_connective_is_still_theirs(extractor):
    found, _ = edges(extractor, "Emotion Transcription in Conversation",
                     "However, existing methods rely on appraisal theory. We describe emotions in free text instead.")
    assert ("usesEmotionModel", "appraisal") not in found


def test_this_system_is_the_papers_own_work(extractor):
    # "This system ..." in an abstract describes what the paper built, as "we" does
    found, _ = edges(extractor, "Adaptive Feedback for Companion Robots",
                     "Older adults live alone. This system achieves emotion perception through multimodal emotion "
                     "recognition of facial expressions and speech.")
    assert ("addressesTask", "multimodal-emotion-recognition") in found


def test_a_bare_semeval_edition_names_its_one_catalogued_emotion_task_but_not_another_task(extractor):
    found, _ = edges(extractor, "Multi-label emotion classification",
                     "We report results on the SemEval 2018 dataset and on SemEval2018 multi-label emotion data.")
    assert ("usesDataset", "semeval-2018-task-1") in found
    irony, _ = edges(extractor, "Irony detection in tweets", "We evaluate on the SemEval-2018 Task 3 irony dataset.")
    assert ("usesDataset", "semeval-2018-task-3") in irony and ("usesDataset", "semeval-2018-task-1") not in irony
    lab, _ = edges(extractor, "Early risk detection", "Our systems for the CLEF eRisk Task 1 and 2, 2019.")
    assert ("usesDataset", "erisk") in lab  # a lab's name, not a year's edition, keeps its match


@pytest.mark.parametrize("sentence, local", [
    ("We evaluate on SEED and SEEDIV.", "seed-iv"),                        # hyphen dropped
    ("Experiments on the challenging Affwild2 dataset.", "aff-wild2"),      # a capital lowered, digit kept
    ("We train on GoEmotion and ISEAR.", "goemotions"),                     # CamelCase plural in the singular
    ("Accuracy of 98% in the Seed EEG dataset.", "seed"),                   # an acronym in title case before data
    ("The method was tested with Dreamer and Deap EEG datasets.", "dreamer"),
    ("The method was tested with Dreamer and Deap EEG datasets.", "deap"),
    ("We test on the FI and Emotion-6 datasets.", "emotion6"),               # a hyphen before the number
    ("Results on FER-2013 improve.", "fer2013"),
])
def test_dataset_names_in_other_spellings(extractor, sentence, local):
    found, _ = edges(extractor, "EEG and text emotion recognition", sentence)
    assert ("usesDataset", local) in found


@pytest.mark.parametrize("sentence, local, linked", [
    ("We evaluate on four SER datasets: EmoDB, TESS, SAVEE and RAVDSS.", "ravdess", True),   # a letter dropped
    ("By experiments on DailyDialog, EmoryNLP, IMEOCAP, and MELD, we improve.", "iemocap", True),  # two swapped
    ("We used the Berlin EmoDB, SAVEE and RAVNESS datasets.", "ravdess", True),            # one changed
    ("We compare on four benchmarks: CK+, GEMEP-FERA, ZU-FACS and QRT.", "ru-facs", False),  # not the first
    ("We introduce CSConv, a new dataset of dialogues, and test on it.", "esconv", False),  # new data named after old
    ("We test on the CASME3 and SAMM datasets.", "casme-ii", False),                        # an edition's digit
])
def test_a_catalogued_name_typed_with_one_letter_slipped(extractor, sentence, local, linked):
    found, _ = edges(extractor, "Speech emotion recognition", sentence)
    assert (local in {t for p, t in found if "Dataset" in p}) == linked


@pytest.mark.parametrize("sentence, local", [
    ("We grow a small seed dataset by bootstrapping.", "seed"),  # lower case: a word
    ("Seed words expand the lexicon.", "seed"),                  # title case, no data noun after it
    ("Children in the Emoreact videos.", "emoreact"),            # a mixed-case name without a digit keeps its case
])
def test_common_words_do_not_pass_for_dataset_names(extractor, sentence, local):
    found, _ = edges(extractor, "EEG and text emotion recognition", sentence)
    assert not any(t == local for _, t in found)


def _modalities(found):
    return {t for p, t in found if p == "usesModality"}


def test_stimuli_shown_while_signals_are_recorded_are_not_modalities(extractor):
    found, _ = edges(extractor, "Electrodermal activity for emotion detection",
                     "EDA measurements were collected while emotions were elicited using selected movie sequences "
                     "and audio-visual stimuli.")
    assert _modalities(found) == {"physio"}
    # without recorded signals the same words are the data the method reads
    plain, _ = edges(extractor, "Emotion recognition", "We classify the emotions elicited by movie sequences.")
    assert "video" in _modalities(plain)
    # a medium the method reads elsewhere stays
    both, _ = edges(extractor, "Fusing EEG and video for emotion recognition",
                    "Emotions were elicited using movie clips while EEG was recorded.")
    assert {"eeg", "video"} <= _modalities(both)


def test_para_linguistic_vocalisations_are_speech_not_text(extractor):
    found, _ = edges(extractor, "Pain Recognition using Physiological Signals and Para-linguistic Vocalizations")
    assert _modalities(found) == {"physio", "speech"}


def test_facial_emg_is_a_physiological_signal_not_the_face(extractor):
    found, _ = edges(extractor, "Optimal processing of surface facial EMG to identify emotional expressions",
                     "Surface facial electromyography (EMG) is commonly used to detect emotions from subtle facial "
                     "expressions.")
    assert _modalities(found) == {"physio"}
    # with a camera the expressions are also seen as images of the face
    both, _ = edges(extractor, "Fusing facial EMG and video of facial expressions for emotion recognition")
    assert {"physio", "face"} <= _modalities(both)


@pytest.mark.parametrize("title, sentence", [
    ("Sentiment analysis of customer reviews", "Customer support strengthens the brand image of organisations."),
    ("Sentiment analysis of customer reviews", "The method contributes to corporate image management."),
    ("Sentiment analysis of team chats", "It is possible to gain an overall picture of the communication in the team."),
    # signals drawn as pictures
    ("Speech emotion recognition", "Mel-spectrogram images are extracted from audio files and given to a VGG-16."),
    ("Stress detection", "Detecting stress through 2D ECG images using pretrained models."),
    ("Speech emotion recognition", "The inputs are mel spectrum images along with MFCC features."),
    ("EEG emotion recognition", "The first method uses 2-D images generated through continuous wavelet transform."),
    ("EEG emotion recognition", "EEG signals were arranged in a 2D image format to keep the electrodes' layout."),
    # what a product or a place is thought to be; a spectrogram read with image processing
    ("Brand slogans and speech emotion", "Slogans change how consumers perceive the image of products."),
    ("Investigating Online Destination Images Using Topic Models", "We mine travel reviews."),
    ("Speech emotion recognition", "Features were extracted from the spectrogram of the speech signal using image "
     "processing techniques."),
])
def test_image_words_that_name_no_picture_the_method_reads(extractor, title, sentence):
    found, _ = edges(extractor, title, sentence)
    assert "image" not in _modalities(found)


def test_the_portrait_a_talking_face_animates_is_no_image_modality(extractor):
    found, _ = edges(extractor, "Speech Driven Talking Face Generation from a Single Image and an Emotion Condition")
    assert "image" not in _modalities(found) and {"face", "video", "speech"} <= _modalities(found)


def test_a_complete_image_is_still_an_image(extractor):
    found, _ = edges(extractor, "Occluded facial expression recognition",
                     "The network reconstructs the masked region as a complete image.")
    assert "image" in _modalities(found)


def test_brain_imaging_is_the_brain_signal_modality(extractor):
    found, _ = edges(extractor, "Representation-First Emotion Decoding from 7T fMRI",
                     "We decode emotion categories from functional magnetic resonance imaging data.")
    assert "eeg" in _modalities(found)


def test_user_generated_videos_are_not_generation(extractor):
    found, _ = edges(extractor, "An End-to-End Visual-Audio Attention Network for Emotion Recognition in User-Generated Videos")
    tasks = {t for p, t in found if p == "addressesTask"}
    assert "emotional-image-generation" not in tasks and "multimodal-emotion-recognition" in tasks


def test_affective_video_content_analysis_is_multimodal_recognition(extractor):
    found, _ = edges(extractor, "Affective Video Content Analysis: Decade Review and New Perspectives",
                     "We summarize unimodal models, including facial expression recognition, and multimodal fusion.")
    assert "multimodal-emotion-recognition" in {t for p, t in found if p == "addressesTask"}


def test_a_multimodal_model_as_a_tool_is_not_multimodal_data(extractor):
    found, _ = edges(extractor, "Decoding Emotions in Abstract Art",
                     "This study investigates a pretrained multimodal model, CLIP, in recognizing emotions evoked by "
                     "abstract art images.")
    tasks = {t for p, t in found if p == "addressesTask"}
    assert "multimodal-emotion-recognition" not in tasks and "visual-emotion-analysis" in tasks
    mllm, _ = edges(extractor, "Artwork Emotion Understanding with Multimodal Large Language Models",
                    "We study how models read the emotions of paintings.")
    assert "multimodal-emotion-recognition" not in {t for p, t in mllm if p == "addressesTask"}
    own, _ = edges(extractor, "A Deep Multimodal Model for Predicting Affective Responses Evoked by Movies")
    assert "multimodal-emotion-recognition" in {t for p, t in own if p == "addressesTask"}


@pytest.mark.parametrize("title, vea", [
    ("ArtEmis: Affective Language for Visual Art", True),
    ("Exploring Emotional Stimuli Detection in Artworks: A Benchmark Dataset", True),
    ("EEG-Based Emotion Recognition: A State-of-the-Art Review", False),
    ("Emotional experience during a free exploration of an art museum", False),
    ("AffectGAN: Affect-Based Generative Art Driven by Semantics", False),
])
def test_the_emotions_of_art_are_visual_emotion_analysis(extractor, title, vea):
    found, _ = edges(extractor, title)
    assert ("visual-emotion-analysis" in {t for p, t in found if p == "addressesTask"}) == vea


@pytest.mark.parametrize("title, sa", [
    ("Improving Results on Russian Sentiment Datasets", True),
    ("Towards Mining Public Opinion with Attention Networks", True),
    ("Sentiment Aware Neural Machine Translation", False),        # translation rewrites sentiment
    ("Generating music with sentiment using Transformer-GANs", False),
])
def test_a_title_about_sentiment_and_no_other_task_is_sentiment_analysis(extractor, title, sa):
    found, _ = edges(extractor, title)
    assert ("sentiment-analysis" in {t for p, t in found if p == "addressesTask"}) == sa


@pytest.mark.parametrize("title, abstract, want, role", [
    # names after adjectives, with versions, after "called"
    ("Emotion recognition", "We used the standard Fakeddit dataset that contains news titles.", "fakeddit",
     "usesDataset"),
    ("Emotion recognition", "We present a new data set for speech emotion recognition (SER) tasks called Dusha.",
     "dusha", "introducesDataset"),
    ("Emotion recognition", "Experiments on the challenging VideoEmotion-8 and Ekman-6 datasets show gains.",
     "videoemotion-8", "usesDataset"),
    ("Emotion recognition", "Experiments on the challenging VideoEmotion-8 and Ekman-6 datasets show gains.",
     "ekman-6", "usesDataset"),
    ("Emotion recognition", "Results on the PolEmo 2.0 corpus are reported.", "polemo-2-0", "usesDataset"),
    ("Emotion recognition", "Cross-database experiments on RAF-DB 2.0 and SFEW 2.0 datasets.", "raf-db",
     "usesDataset"),
    # a creation verb, the name, then what it is: in a title, with commas between the adjectives, "---"
    ("Using Tweets and Emojis to Build TEAD: an Arabic Dataset for Sentiment Analysis", "", "tead",
     "introducesDataset"),
    ("Hope Speech Detection", "This study introduces PolyHope V2, a multilingual, fine-grained hope speech dataset.",
     "polyhope-v2", "introducesDataset"),
    ("Cross Lingual Speech Emotion Recognition", "We contribute URDU---the first spontaneous Urdu speech emotion "
     "database.", "urdu", "introducesDataset"),
    # a title opening with one word and its data noun; a name, then the kind of data it holds
    ("Emognition dataset: emotion recognition with self-reports", "", "emognition", "introducesDataset"),
    ("Sentiment in parliaments", "We train on the ParlaSent multilingual training dataset.", "parlasent",
     "usesDataset"),
    # a catalogued name with a year after it is that dataset, and one with a version glued to it
    ("Depression detection", "Results on the DAIC-WoZ 2017 depression datasets improve.", "daic-woz", "usesDataset"),
    ("Video expression recognition", "The results on RML and AFEW6.0 datasets show gains.", "afew", "usesDataset"),
    # a name heading a title that is about data, with "dataset" in lower case or a collection of texts
    ("TREMO: A dataset for emotion analysis in Turkish", "", "tremo", "introducesDataset"),
    ("EmoPars: A Collection of 30K Emotion-Annotated Persian Social Media Texts", "", "emopars", "introducesDataset"),
    # an acronym in brackets or a name in camel case before what it is; a sentence opening "The X dataset"
    ("Empathy in small models", "We introduce Trauma-Informed Dialogue for Empathy (TIDE), a novel dataset of "
     "dialogues.", "tide", "introducesDataset"),
    ("Short video emotion", "We introduce a large-scale dataset named eMotions, comprising 27,996 videos.",
     "emotions", "introducesDataset"),
    ("Emotion triggers", "We introduce CovidET (Emotions and their Triggers during Covid-19), a dataset of posts.",
     "covidet", "introducesDataset"),
    ("Pain recognition", "The SenseEmotion dataset is used for evaluation.", "senseemotion", "usesDataset"),
    # a name with its short form in brackets: named by the short form, as "Long Name (ACR)" is
    ("Emotion in music videos", "In this paper we present MusicVideos (MuVi), a novel dataset for affective "
     "multimedia content analysis.", "muvi", "introducesDataset"),
    # after adjectives such data carry, after a use verb with no article, after a dash
    ("Depression risk", "We evaluate on the annotated DepressionEmo dataset of posts.", "depressionemo", "usesDataset"),
    ("Thermal emotion recognition", "We have used USTC-NVIE database for training.", "ustc-nvie", "usesDataset"),
    ("Meme emotion", "It excels on two recently-released datasets \u2013 HarMeme and Dank Memes.", "harmeme",
     "usesDataset"),
    # a catalogued dataset's name heading such a title: the paper that made it; heading another title: a study of it
    ("The Emotional Voices Database: Towards Controlling the Emotion Dimension in Voice Generation Systems", "",
     "emov-db", "introducesDataset"),
    ("DAIC-WOZ: On the Validity of Using the Therapist's prompts in Automatic Depression Detection", "",
     "daic-woz", "usesDataset"),
    # what new data are compared with, what a method is designed for: others' data
    ("Design and Construction of Japanese Multimodal Utterance Corpus with Improved Emotion Balance",
     "Then, we evaluated the naturalness of the collected speech by comparing it with the naturalness of the read "
     "speech database (JTES) and the spontaneous speech database (SMOC).", "jtes", "usesDataset"),
    ("Towards Fine-Grained Emotion Understanding via Skeleton-Based Micro-Gesture Recognition",
     "We introduce three key enhancements: (1) a topology-aware skeleton representation specifically designed for "
     "the iMiGUE dataset.", "imigue", "usesDataset"),
    # a quoted name after its data noun; "called" after a comma-broken description
    ("Speech Emotion Recognition System for Arabic Speakers",
     "An Arabic semi-natural corpus 'EYASE' was adopted for testing the proposed system.", "eyase", "usesDataset"),
    ("Emotion in children's speech", "We present the first child emotional speech corpus in Russian, called "
     "\u201cEmoChildRu\u201d, collected from 3 to 7 years old children.", "emochildru", "introducesDataset"),
    # names ending the clause after "dataset of"
    ("Emotion BERT for conversation", "We reach 0.88 micro F1 in the testing dataset of Friends and EmotionPush.",
     "emotionpush", "usesDataset"),
    # new data named after its data noun, or made ("developed") after it: the paper's own
    ("Naturalistic Audio-Visual Emotion Database", "A new audio-visual emotion (AVE) database is developed.", "ave",
     "introducesDataset"),
    ("YouTube Movie Reviews", "We run cross-validation on a novel database named Multi-Modal Movie Opinion "
     "(ICT-MMMO) corpus.", "ict-mmmo", "introducesDataset"),
    ("Faces for affect analysis", "600,000 frames from the 4DFAB database were annotated.", "4dfab", "usesDataset"),
    ("Indonesian product reviews", "The public dataset used was PRDECT-ID, which has five emotion labels.",
     "prdect-id", "usesDataset"),
    ("Bangla emotion recognition", "By integrating DU-BEC and BTEd datasets with lexicon-guided augmentation, we "
     "train models.", "bted", "usesDataset"),
    # a name in Chinese text, which runs on without spaces
    ("基于残差注意力机制和金字塔卷积的表情识别", "实验表明,文中网络在Fer2013、CK+数据集上的准确率较高。", "fer2013",
     "usesDataset"),
    ("Emotional analysis of music", "The data set that we release, a MediaEval Database for Emotional Analysis in "
     "Music (DEAM), is the largest available.", "deam", "introducesDataset"),
    ("结合C3D与光流法的微表情自动识别", "在开放数据集CASMEⅡ上进行了模拟实验。", "casme-ii", "usesDataset"),  # a Roman numeral sign
    ("AVEC 2012 - The continuous audio/visual emotion challenge", "We present the challenge's data.", "avec",
     "introducesDataset"),  # a challenge's overview, named at the head of its title
    ("The MPI Emotional Body Expressions Database for Narrative Scenarios", "The motion sequences are made "
     "available in a searchable MPI Emotional Body Expression Database.", "mpi-emotional-body-expressions",
     "introducesDataset"),  # a catalogued name heading its title with its data noun; one word's plural aside
    ("PsyGUARD: suicide detection in counseling", "We then curate a large-scale, high-quality dataset called "
     "PsySUICIDE for suicide detection.", "psysuicide", "introducesDataset"),
    ("Arabic review analysis", "We evaluate the proposed model, including the BRAD dataset, the ARD dataset, "
     "and merged datasets.", "ard", "usesDataset"),  # what tests a proposed model is not proposed
    ("SentiSense: An easily scalable concept-based affective lexicon for sentiment analysis", "", "sentisense",
     "introducesDataset"),  # a named lexicon the paper builds
    ("New Italian Language Resource for Emotion Analysis", "This paper presents SentiIt, a concept-based affective "
     "lexicon built from a dataset of tweets.", "sentiit", "introducesDataset"),
    # a catalogued challenge with its year joined on
    ("Audio-video emotion recognition", "Validated on the AFEW database of the audio-video sub-challenge in "
     "EmotiW2018, the approach gains.", "emotiw", "usesDataset"),
    # the catalogue's other names for a dataset
    ("Persian speech emotion", "We compare it with the public and widely used Berlin database.", "emodb",
     "usesDataset"),
    ("Active learning for FER", "We study 8 methods on three public FER datasets, FER13, RAF-DB, and KDEF.",
     "fer2013", "usesDataset"),
    # a name in brackets after "i.e.", a plain word too; an aside between a name and its data noun
    ("EEG valence detection", "Volunteers viewed standardized pictures (i.e., Lagoon dataset) while we recorded.",
     "lagoon", "usesDataset"),
    ("Action unit detection", "For a real-world test we used the TX-FACS (a.k.a. Q7) database of interviews.",
     "tx-facs", "usesDataset"),
    # a "+" joins a part with a capital, and a name of capitalised words before a lower-case data noun, or its
    # short form after it
    ("Sentiment of translated texts", "We build an enlarged corpus, named ZORTEX+wCC, from web pages.", "zortex-wcc",
     "introducesDataset"),
    ("Conversational emotion recognition", "Experiments on the knowledge-grounded Casual Banter dataset show "
     "gains.", "casual-banter", "usesDataset"),
    ("Poetry emotion", "On the Old Ballad Verse dataset (OBVD), micro-F1 rises.", "obvd", "usesDataset"),
    # a catalogued name with another data noun; the original Cohn-Kanade set, which the catalogue keeps with CK+
    ("Persian speech emotion", "We evaluate on the Sharif Emotional Speech dataset.", "shemo", "usesDataset"),
    ("Synthesized training speech", "We test on the acted Berlin and eNTERFACE databases.", "emodb", "usesDataset"),
    ("Facial expressions in games", "Our experiments on JAFFE and CK databases show gains.", "ck-plus",
     "usesDataset"),
    # a lexicon the paper builds, named in brackets; an aside in brackets after a titled name
    ("Arousal in software engineering", "We present the first version of a Software Engineering Arousal lexicon "
     "(SEAL) for developers.", "seal", "introducesDataset"),
    ("Laughter and speech", "Segments were extracted from the Campus Meeting Recorder Corpus (with a mean duration "
     "of 2 s).", "campus-meeting-recorder", "usesDataset"),
    # a long form in brackets between a name and its data noun
    ("Arabic speech emotion", "Experiments were run on the EYAS (Egyptian Arabic speech emotion) corpus.", "eyas",
     "usesDataset"),
    # a plain word the paper introduces as a dataset; a size with a sign in the description
    ("Counselling conversations", "To address this, we introduce Thistle, a multi-turn dialogue dataset that "
     "emulates therapy.", "thistle", "introducesDataset"),
    ("Emotion-driven image editing", "First, we introduce MoodVault, an 8M+ image dataset with emotional "
     "annotations.", "moodvault", "introducesDataset"),
    # a plain word listed beside another name after a data noun
    ("Expressions of ageing adults", "We evaluate on two benchmark datasets (FACES and Longevity) with older "
     "faces.", "longevity", "usesDataset"),
    # a subset made of an existing dataset uses it
    ("Ambivalence in tweets", "We also created a subset of Twitter Emotional Corpus (TEC) by passing it to our "
     "annotators.", "tec", "usesDataset"),
    # "titled", "resulting in a dataset named", a counted collection
    ("Visual emotion pretraining", "Additionally, we develop a visual emotional dataset titled Emo12.", "emo12",
     "introducesDataset"),
    ("Melody generation", "We reduced label imbalance by augmentation, resulting in a dataset named Smooth4Q.",
     "smooth4q", "introducesDataset"),
    ("Emotion triggers in reviews", "We introduce EOT-Y, a human-annotated collection of 2,400 reviews.", "eot-y",
     "introducesDataset"),
    # a title announcing a dataset it does not name: the one new name in the abstract
    ("A multimodal psychological, physiological and behavioural dataset for human emotions in driving tasks",
     "The PPB-Emo dataset will largely support the analysis of human emotion in driving tasks.", "ppb-emo",
     "introducesDataset"),
    # names listed with an aside in brackets each
    ("Depression detection", "We evaluate on three datasets: MIDD (536 Chinese participants), DAIC (189 English "
     "participants), and CMDC (78 Chinese participants).", "cmdc", "usesDataset"),
    # data the title announces keeps its name, whatever the abstract's verbs; a dataset after "on" is no method
    ("STUDIES: Corpus of Japanese Empathetic Dialogue Speech", "We present STUDIES, a new speech corpus for "
     "developing a voice agent.", "studies", "introducesDataset"),
    ("EmotionQueen: A Benchmark for Evaluating Empathy of Large Language Models", "We propose a framework named "
     "EmotionQueen.", "emotionqueen", "introducesDataset"),
    ("SER: A Comparison", "A model trained on IEMOCAP achieves 70% accuracy.", "iemocap", "usesDataset"),
])
def test_dataset_names_as_papers_write_them(extractor, title, abstract, want, role):
    assert (role, want) in edges(extractor, title, abstract)[0]


@pytest.mark.parametrize("title, abstract, wrong", [
    # "MindFace-23" is one name: its digits are not the start of what it is
    ("Emotion monitoring", "Tests on the newly created MindFace-23 benchmark reveal gains.", "mindface"),
    # a modality before the kind of data, then the name: the name is the dataset
    ("fNIRS emotion recognition", "We study the fNIRS emotion dataset NEMO with a new method.", "fnirs"),
    ("Few-shot emotion recognition", "We transfer from GoEmotions to the SemEval tweets corpus.", "semeval"),
    # the end of a longer capitalised name beside a dataset; a language; a model; a numbered task's subset
    ("Arousal and Valence Classification Based on Long Short-Term Memory and DEAP Data", "", "memory"),
    ("Anger detection", "We use two datasets: the Bengali call-center dataset and the IEMOCAP dataset.", "bengali"),
    ("EmoMBTI-Net: introducing and leveraging a novel emoji dataset for personality profiling", "", "emombti-net"),
    ("Arabic emotion detection", "We evaluate on the SemEval-2018-Task1-Ar-Ec dataset.", "semeval-2018-task1-ar-ec"),
    ("Emotion triggers", "We introduce CovidET (Emotions and their Triggers during Covid-19), a dataset of posts.",
     "covid-19"),
    ("Personality and emotion", "We introduce Persona-E2 (Persona-Event2Emotion), a large-scale dataset.",
     "persona-event2emotion"),
    ("Action unit intensity", "Experiments on a commonly used AU benchmark dataset show gains.", "au"),
    ("Video sentiment", "We propose a dataset, named baiDu Video Sentiment dataset (DuVideoSenti).", "baidu"),
    ("Affective robots: a review", "We used the Scopus, WoS, Springer, and IEEE-Xplore databases.", "wos"),
    ("Stance classification", "We expand the original NRC on four datasets.", "nrc"),
    ("Synthetic emotion faces", "(4) We built EmpathicInsight-Face, a model achieving human-expert-level "
     "performance on our benchmark.", "empathicinsight-face"),
    # what describes a quoted name; a language before a list
    ("Arabic speech emotion", "A survey was run on the Arabic-Egyptian corpus 'EYASE' used.", "arabic-egyptian"),
    ("Chinese microblogs", "We collect a dataset of Chinese microblogs and test on it.", "chinese"),
    # bibliographic databases a review searched; a method trained on a dataset
    ("Sentiment analysis of MOOC feedback: a review", "We searched six research databases (ACM, IEEE, "
     "ScienceDirect, Springer, Scopus, and Web of Science).", "ieee"),
    ("EmoCtrl: Controllable Emotional Image Content Generation", "We propose EmoCtrl, supported by a dataset "
     "annotated with content and emotion.", "emoctrl"),
    ("Cantonese speech emotion analysis", "We reach 92.3% on the Cantonese dataset.", "cantonese"),
    ("Persian speech emotion", "We evaluate on the Sharif Emotional Speech dataset.", "esd"),  # the end of a name
    ("Emotion intensity in TTS", "We further construct ESD-more, a multi-speaker dataset with intensity variations. "
     "Experiments on ESD-more show gains.", "esd"),  # a new dataset's name, built on a catalogued one
    ("Speech-LLM reasoning", "The benchmark includes two curated question answering (QA) datasets.", "qa"),
    ("Taglish reviews", "Two models trained on different datasets (Rule-Based vs. LLM-labelled) are compared.",
     "rule-based"),  # a kind of method
    ("Meme emotion", "We test on two recent datasets – HarMeme and Dank Memes, over baselines.", "dank"),
    ("Chinese word affect", "We use words in the SUBTLEX-CH database (Cai & Brysbaert, 2010).", "brysbaert"),
    ("A Spontaneous Micro-expression Database: Inducement, Collection and Baseline", "", "collection"),
    ("Word vectors for emotion", "We present EmoNNet, a collection of specially-trained embedding layers.",
     "emonnet"),  # a collection of layers is a model
    # a word run on after a "+"; generic words before a data noun; a name spelt out after it is given
    ("Facial expression recognition", "Experiments are conducted on the CK+facial expression dataset.", "ck-facial"),
    ("Explainable emotion recognition from tweets", "We classify tweets from the Emotion Recognition dataset.",
     "emotion-recognition"),
    ("Greek theatre speech", "We present GreTh, the Greek Theatre Speech dataset, for emotion recognition.",
     "greek-theatre-speech"),
    ("MoodRings: A Collaborative Game for Music Mood Label Collection", "", "moodrings"),  # collecting labels
    # the spelt-out form of a short name just before it
    ("Poem Emotion Recognition Corpus (PERC)", "This paper presents a text corpus PERC(Poem Emotion Recognition "
     "Corpus) comprising poems.", "poem-emotion-recognition"),
    # the first word of a longer name in a list of catalogued ones
    ("Facial expression recognition", "We experiment on AffectNet, Expression in the Wild (ExpW), SFEW 2.0, and "
     "JAFFE datasets.", "expression"),
    ("Video facial expression recognition", "Based on datasets of Extended Cohn-Kanade (CK+), MMI, and Acted Facial "
     "Expression in Wild 7.0, we report results.", "acted"),
    # the paper's own method, named, even after a list of datasets or when a catalogue holds the name
    ("TAG: Thinking with Action Unit Grounding for Facial Expression Recognition", "We propose TAG (Thinking with "
     "Action Unit Grounding), a vision-language framework. Evaluated on RAF-DB, FERPlus, and AffectNet, TAG "
     "consistently outperforms strong baselines.", "tag"),
    ("Depression detection", "We evaluate on three datasets: MIDD (536 Chinese participants), DAIC (189 English "
     "participants), and CMDC (78 Chinese participants).", "chinese"),
    ("Generated movie reviews", "A gap remains between LLM-generated and IMDb reviews.", "llm-generated"),
    ("SARC: Sentiment-Augmented Deep Role Clustering for Fake News Detection", "Experiments on two benchmark "
     "datasets, RumourEval-19 and Weibo-comp, demonstrate that SARC achieves superior performance.", "sarc"),
])
def test_what_stands_near_a_data_noun_without_naming_a_dataset(extractor, title, abstract, wrong):
    found, _ = edges(extractor, title, abstract)
    assert wrong not in {t for _, t in found}


@pytest.mark.parametrize("abstract, recognition", [
    ("In this research, we propose approaches for identifying and extracting emotions from Bangla texts.", True),
    ("We build models to extract the emotions of Bangla comments.", True),
    # any form of the verb
    ("We propose a system which extracts the emotions from the reviews.", True),
    ("Our classifier identifies emotions in Bangla comments.", True),
    # what others do, or extraction that is not the paper's own work, names no task of the paper
    ("Earlier systems extract emotions from texts. Sentiment lexicons are common.", False),
])
def test_the_paper_extracting_emotions_from_text_is_text_emotion_recognition(extractor, abstract, recognition):
    found, _ = edges(extractor, "Transformer-based Text Classification for Bangla", abstract)
    assert (("addressesTask", "text-emotion-recognition") in found) == recognition


def test_emotion_models_of_existing_studies_are_not_the_papers(extractor):
    found, _ = edges(extractor, "Word embedding for mixed-emotions analysis",
                     "The underlying emotion models in the existing studies follow basic emotion theories in "
                     "psychology such as Plutchik or VAD. We learn embeddings of mixed emotions.")
    assert not {t for p, t in found if p == "usesEmotionModel"} & {"plutchik", "vad"}
    ours, _ = edges(extractor, "Mixed emotions", "We annotate texts with Plutchik's eight emotions.")
    assert ("usesEmotionModel", "plutchik") in ours


def test_moods_of_blog_posts_are_social_media_affect(extractor):
    found, _ = edges(extractor, "A hierarchical approach to mood classification in blogs",
                     "We classify the moods of blog posts written on LiveJournal.")
    assert ("addressesTask", "social-media-affect-analysis") in found


def test_affect_in_a_pandemic_read_from_text_is_social_media_analysis(extractor):
    found, _ = edges(extractor, "Emotion analysis and detection during COVID-19", "We classify the emotions of texts.")
    assert ("addressesTask", "social-media-affect-analysis") in found
    faces, _ = edges(extractor, "Facial emotion recognition of masked faces during COVID-19",
                     "We classify facial expressions in images of people wearing masks.")
    assert ("addressesTask", "social-media-affect-analysis") not in faces


def test_the_empathy_of_language_models_is_their_emotional_intelligence(extractor):
    found, _ = edges(extractor, "EmotionQueen: A Benchmark for Evaluating Empathy of Large Language Models")
    assert ("addressesTask", "empathy-detection") not in found


def test_a_short_acronym_before_plural_data_names_a_field_not_a_dataset(extractor):
    found, _ = edges(extractor, "Group emotion recognition",
                     "Extensive experiments on two challenging GER datasets (GroupEmoW and SiteGroEmo) show gains. "
                     "Experiments on two commonly used AU benchmark datasets, BP4D and DISFA, agree.")
    names = {t for p, t in found if p == "usesDataset"}
    assert {"groupemow", "sitegroemo", "bp4d", "disfa"} <= names and not names & {"ger", "au"}


def _models(found):
    return {t for p, t in found if p == "usesEmotionModel"}


@pytest.mark.parametrize("sentence, model", [
    ("The database contains six basic spontaneous facial expressions shown by children.", "ekman"),
    ("We recognise the six primary human emotions from EMG sensors.", "ekman"),
    ("Audio is annotated along activation, dominance, and valence.", "vad"),
    ("Participants rated pleasure and arousal after each trial.", "vad"),
])
def test_emotion_models_named_by_their_parts(extractor, sentence, model):
    found, _ = edges(extractor, "Emotion recognition", sentence)
    assert model in _models(found)


def test_six_emotions_of_prior_work_or_a_network_activation_name_no_model(extractor):
    prior, _ = edges(extractor, "Emotion recognition",
                     "Most approaches focus on the six basic emotions. We propose a dimensional alternative.")
    assert "ekman" not in _models(prior)
    net, _ = edges(extractor, "Emotion recognition", "The activation function of the last layer is a softmax.")
    assert "vad" not in _models(net)


@pytest.mark.parametrize("abstract", [
    # an acronym the paper spells out for something else; emotional dimensions without naming them
    "The method first uses the voice activation detection (VAD) algorithm to extract speech keyframes.",
    "Irony detection overlooks the nuanced emotional dimensions of a text.",
    "We report the mean correlation across six emotion dimensions.",
])
def test_words_that_only_look_like_the_dimensional_model(extractor, abstract):
    found, _ = edges(extractor, "Emotion recognition", abstract)
    assert "vad" not in _models(found)


@pytest.mark.parametrize("title", [
    "A Study of Cross-Linguistic Speech Emotion Recognition Based on 2D Feature Spaces",
    "Understanding the emotional facets of non-linguistic vocalizations in speech",
    "Speech emotion corpora that restrict linguistic diversity",
    "Speech emotion recognition across five languages of different linguistic strains",
    "Emotional voice conversion that produces audio with linguistic distortions",
])
def test_languages_or_vocalisations_are_not_text(extractor, title):
    found, _ = edges(extractor, title)
    assert "text" not in _modalities(found)


def test_video_games_are_no_video(extractor):
    found, _ = edges(extractor, "Feature Extraction and Selection for Real-Time Emotion Recognition in Video Games "
                     "Players", "We record heart rate and skin conductance while people play video games.")
    assert ("usesModality", "video") not in found and ("usesModality", "physio") in found


def test_comments_under_youtube_videos_are_text_not_video(extractor):
    found, _ = edges(extractor, "Sentiment Analysis of YouTube Video Comments Using Deep Neural Networks",
                     "The amount of comments, for famous videos and channels, is huge. Two videos were chosen and "
                     "their comments were classified with a text classifier.")
    assert ("usesModality", "video") not in found and ("usesModality", "text") in found
    clips, _ = edges(extractor, "Emotion Recognition in YouTube Videos", "We classify the emotions of 500 videos.")
    assert ("usesModality", "video") in clips


def test_voice_coil_actuators_are_not_speech(extractor):
    found, _ = edges(extractor, "Emotion Perception in Mediated Social Touch Using Voice Coil Actuators")
    assert "speech" not in _modalities(found)


@pytest.mark.parametrize("title, task", [
    # "empathetic" or "expressive" beside a generation core
    ("Acoustic Modeling for End-to-End Empathetic Dialogue Speech Synthesis", "emotional-speech-synthesis"),
    ("FCTalker: Fine and Coarse Grained Context Modeling for Expressive Conversational Speech Synthesis",
     "emotional-speech-synthesis"),
    # burnout and alexithymia are conditions a title assesses
    ("Facial Emotion Recognition Predicts Alexithymia Using Machine Learning", "mental-health-assessment"),
    ("Detecting burnout from e-mail communication patterns", "mental-health-assessment"),
])
def test_titles_that_name_a_task_in_other_words(extractor, title, task):
    found, _ = edges(extractor, title)
    assert task in {t for p, t in found if p == "addressesTask"}


def test_the_resulting_corpus_is_introduced(extractor):
    found, _ = edges(extractor, "A Customer Journey in the Land of Oz",
                     "We ran a Wizard-of-Oz study. The resulting corpus, EmoWOZ-CS, contains 2,148 dialogues.")
    assert ("introducesDataset", "emowoz-cs") in found


@pytest.mark.parametrize("title, abstract", [
    ("Keyboard and Mouse: Tools in Identifying Emotions During Computer Activities",
     "The keyboard and mouse data were mapped by an expert on facial expressions to emotions captured on video."),
    ("Virtual Encounters of the Haptic Kind: Social Touch in VR",
     "We developed wearable gloves with vibrotactile actuators to convey emotions."),
])
def test_emotions_read_from_device_use_are_no_channel_task(extractor, title, abstract):
    found, _ = edges(extractor, title, abstract)
    tasks = {t for p, t in found if p == "addressesTask"}
    assert not tasks & {"facial-expression-recognition", "physiological-emotion-recognition"}


def test_an_ethics_paper_about_signals_recognises_nothing_from_them(extractor):
    found, _ = edges(extractor, "Physiological Data: Challenges for Privacy and Ethics",
                     "Wearables record heart rate and skin conductance, which reveal emotions.")
    assert "physiological-emotion-recognition" not in {t for p, t in found if p == "addressesTask"}


def test_a_dialogue_system_title_that_names_recognition_is_not_response_generation(extractor):
    found, _ = edges(extractor, "EmoWOZ: A Corpus and Labelling Scheme for Emotion Recognition in Task-Oriented "
                                "Dialogue Systems")
    tasks = {t for p, t in found if p == "addressesTask"}
    assert "empathetic-response-generation" not in tasks and "emotion-recognition-in-conversation" in tasks


def test_appraisal_support_is_a_kind_of_social_support_not_appraisal_theory(extractor):
    found, _ = edges(extractor, "Social Support From Companion Chatbots",
                     "Young people experience appraisal, informational, emotional, and instrumental support.")
    assert "appraisal" not in _models(found)
    theory, _ = edges(extractor, "Appraisal-based emotion recognition", "We model cognitive appraisals of events.")
    assert "appraisal" in _models(theory)


@pytest.mark.parametrize("sentence", [
    "The feedback is used for the annual appraisal process.",
    "Further validation and appraisal of the classifier are needed.",
    "Listeners gave a continuous subjective appraisal of the emotional content of music.",
    "Emotional appraisals of six selections of classical music are measured.",
])
def test_an_appraisal_that_is_a_rating_is_not_appraisal_theory(extractor, sentence):
    found, _ = edges(extractor, "Listening study", sentence)
    assert "appraisal" not in _models(found)
    theory, _ = edges(extractor, "Listening study", sentence + " We model the cognitive appraisal of events.")
    assert "appraisal" in _models(theory)


def test_a_plus_after_a_catalogued_name_names_another_dataset(extractor):
    """"AffectNet+" and "MUStARD++" are datasets built on AffectNet and MUStARD, not those datasets;
    "CK+" and "BP4D+" are catalogued with their "+"."""
    found, ex = edges(extractor, "AffectNet+: A Database for Enhancing Facial Expression Recognition with Soft-Labels",
                      "Existing FER datasets, such as AffectNet, provide hard labels.")
    assert ("introducesDataset", "affectnet-plus") in found and ("usesDataset", "affectnet") in found
    assert ("AffectNet+" in {d.label for d in ex.discovered})
    sarcasm, _ = edges(extractor, "Multimodal Sarcasm Detection",
                       "We evaluate on English (MUStARD++) and on the CK+ and BP4D+ datasets.")
    assert {("usesDataset", "mustard-plus"), ("usesDataset", "ck-plus"), ("usesDataset", "bp4d-plus")} <= sarcasm
    assert ("usesDataset", "mustard") not in sarcasm


def test_a_plus_keeps_a_discovered_name_apart_from_the_catalogued_one():
    from kg.evaluate import canonical_dataset
    from kg.vocab import load

    assert canonical_dataset("AffectNet+", load()) != canonical_dataset("AffectNet", load())
    assert canonical_dataset("CK+", load()).endswith("/ck-plus")


def test_memes_are_pictures_with_captions(extractor):
    found, _ = edges(extractor, "Multimodal Fusion for Internet Meme Emotion Analysis",
                     "We classify the sentiment of memes shared online.")
    assert {("usesModality", "image"), ("usesModality", "text")} <= found
    assert ("addressesTask", "social-media-affect-analysis") in found  # memes live on social media


@pytest.mark.parametrize("title, abstract, text", [
    ("AngryBERT: Joint Learning Target and Emotion for Hate Speech Detection",
     "We propose a multitask model that jointly learns hate speech detection with sentiment classification.", True),
    ("Speech Emotion Recognition with DistilHuBERT", "We fine-tune DistilHuBERT on IEMOCAP recordings.", False),
    ("Leveraging NLP to Analyze Emotions in Customer-Agent Interactions", "We study customer satisfaction.", True),
])
def test_a_text_encoder_with_no_channel_named_means_text(extractor, title, abstract, text):
    found, _ = edges(extractor, title, abstract)
    assert (("usesModality", "text") in found) == text


@pytest.mark.parametrize("title", ["Generating Emotive Voicing for Audiobooks", "Affective Speech Synthesis with Diffusion",
                                   "Expressive Speech Generation for Podcasts"])
def test_synonyms_of_emotional_speech_synthesis(extractor, title):
    found, _ = edges(extractor, title, "We train a model and run a listening test.")
    assert ("addressesTask", "emotional-speech-synthesis") in found


@pytest.mark.parametrize("abstract, datasets", [
    ("Validation on the public dataset Amigos showed high accuracy.", {"amigos"}),
    ("Dreamer, a tool for friends (Amigos), is discussed.", set()),  # no data noun beside them: words
])
def test_a_recased_acronym_name_after_a_data_noun_is_that_dataset(extractor, abstract, datasets):
    found, _ = edges(extractor, "ECG Emotion Recognition", abstract)
    assert {t for p, t in found if p == "usesDataset"} == datasets


_TARGET_CASES = {
    # recurring challenges and meme datasets of the catalogue; "SemEval-2020 Task 8" is Memotion's task
    "memotion-megc": ("NUAA at Memotion 3: Multi-modal Fusion for Internet Meme Emotion Analysis",
                      "We take part in the SemEval-2020 Task 8 and Memotion 3 challenges and the MEGC 2020 spotting "
                      "task.", {"memotion-3", "memotion", "megc"}, set()),
    # a catalogued name joined to more capitals names another dataset
    "derived-name": ("Student Engagement Detection", "We validate on the Emotion Recognition in the Wild Engagement "
                     "Prediction (EmotiW-EP) dataset.", {"emotiw-ep"}, {"emotiw"}),
    # on face video, plain "images" are frames; images named in the title or still images are images
    "frames": ("Micro-Expression Recognition with Optical Flow",
               "We compute optical flow images from facial videos and classify micro-expressions.",
               {"face", "video"}, {"image"}),
    "images-in-title": ("Micro-Expression Recognition via Dynamic Images",
                        "We compute optical flow images from facial videos and classify micro-expressions.",
                        {"face", "video", "image"}, set()),
    # a shared task of the catalogue, named with or without its venue
    "emoevales": ("UMUTeam at EmoEvalEs 2021: Emotion Analysis for Spanish",
                  "We describe our system for the EmoEvalEs shared task at IberLEF 2021.", {"emoevales"}, set()),
    # a catalogued name written without its hyphens is that dataset, and "newly released" data one tests on is used
    "compact-name": ("Multimodal Sentiment Classification",
                     "We train and test our model on the newly released CMU Multimodal Opinion Sentiment and Emotion "
                     "Intensity (CMUMOSEI) dataset.", {"cmu-mosei"}, {"cmumosei"}),
    # Ekman's six by number, written in digits
    "6-basic": ("A Multimodal Dataset for Emotion Analysis through EDA and PPG",
                "Participants rated their affective state in terms of 6 basic emotion states.", {"ekman"}, set()),
    # two catalogued names joined by a hyphen are a pair, not a derived name
    "pair-of-names": ("Speech Emotion Recognition with Vision Transformers",
                      "It reached 93% accuracy (TESS-EMODB) on the two datasets.", {"tess", "emodb"}, set()),
    "rafd-nrc": ("Non-frontal Facial Expression Recognition", "We test on the Radboud Faces Database and score words with "
                 "the NRC Word-Emotion Lexicon.", {"rafd", "nrc-emolex"}, {"raf-db"}),
    # a caption is text written for a picture
    "captioning": ("Affective Image Captioning with Attention", "We describe pictures.", {"image", "text"}, set()),
    # what a paper leaves for later is not what it reads
    "future-directions": ("Multilingual Emotion Detection in Text", "We fine-tune multilingual BERT on 35 languages. "
                          "Finally, we outline future directions, including the integration of prosody.",
                          {"text-emotion-recognition", "text"}, {"speech", "speech-emotion-recognition"}),
    # comments under videos or songs are text
    "media-comments": ("GeeSanBhava: Sentiment Tagged Sinhala Music Video Comment Data Set",
                       "Comments on songs, tagged for valence and arousal.", {"text"}, {"video", "music"}),
    "skeletons": ("Group-level Emotion Recognition Based on Faces, Scenes and Skeletons", "We fuse three streams.",
                  {"body"}, set()),
    # an evaluation campaign's year and a language are no dataset; the campaign's task is
    "campaign-and-language": ("Emotion Detection for Spanish at IberLEF 2021",
                              "We took part in the Emotion Analysis competition EmoEvalEs, part of IberLEF 2021 "
                              "Conference. We reach an unweighted recall of 63.4 on the Finnish dataset.",
                              {"emoevales"}, {"iberlef-2021", "finnish"}),
    # a dataset's labels of one dimension are that dataset
    "dimension-subset": ("EEG Emotion Recognition with Graph Convolution",
                         "Accuracies improve on the DEAP-Arousal, DEAP-Valence and SEED datasets.",
                         {"deap", "seed"}, {"deap-arousal", "deap-valence"}),
    # synonyms of affective generation tasks
    "emotive-gaits": ("Generating Emotive Gaits for Virtual Agents", "We synthesise walking styles.",
                      {"emotional-gesture-generation"}, set()),
    "emotion-manipulation": ("Image-Based Emotion Manipulation with Latent Diffusion Models", "We edit faces.",
                             {"emotional-image-generation"}, set()),
    # the emotional tone of what people write, named in the title, is its sentiment
    "emotional-tone": ("Predicting User Emotional Tone in Mental Disorder Online Communities", "We classify posts.",
                       {"sentiment-analysis"}, set()),
    "still-images": ("Facial Expression Recognition", "We classify facial expressions in still images and in videos.",
                     {"face", "video", "image"}, set()),
}


@pytest.mark.parametrize("case", sorted(_TARGET_CASES))
def test_target_cases(extractor, case):
    title, abstract, present, absent = _TARGET_CASES[case]
    targets = {t for _, t in edges(extractor, title, abstract)[0]}
    assert present <= targets and not absent & targets


def test_newly_released_data_one_tests_on_is_used_not_introduced(extractor):
    found, _ = edges(extractor, "Multimodal Sentiment Classification",
                     "We train and test our model on the newly released CMU-MOSEI dataset.")
    assert ("usesDataset", "cmu-mosei") in found and ("introducesDataset", "cmu-mosei") not in found



_TWEETS = "Public reactions to the new policy were collected as 40,000 tweets. {claim} {categories} dominate the first week."


@pytest.mark.parametrize("title, claim, categories, fires", [
    # the paper's own analysis of the text's emotions, and three categories of the vocabulary's models
    ("Public Reactions to a Policy on Twitter", "We analyse the emotions expressed in each tweet with a lexicon.",
     "Anger, fear and joy", True),
    ("Mining Emotions in Public Reactions to a Policy", "The tweets were collected over a month.",
     "Anger, fear and joy", True),  # the title says it
    # two categories only
    ("Public Reactions to a Policy on Twitter", "We analyse the emotions expressed in each tweet with a lexicon.",
     "Anger and fear", False),
    # someone else's work, or emotions the paper generates: not its reading of the text
    ("Public Reactions to a Policy on Twitter", "Earlier studies analysed the emotions of such tweets.",
     "Anger, fear and joy", False),
    ("Public Reactions to a Policy on Twitter", "We generate replies that match the emotions of each tweet.",
     "Anger, fear and joy", False),
])
def test_own_emotion_analysis_of_text_with_categories_is_text_emotion_recognition(extractor, title, claim, categories,
                                                                                   fires):
    found, ex = edges(extractor, title, _TWEETS.format(claim=claim, categories=categories))
    assert ("usesModality", "text") in found
    assert (("addressesTask", "text-emotion-recognition") in found) == fires
    if fires:
        assert {m.rule for m in ex.mentions if m.target.endswith("/text-emotion-recognition")} == {"emotion-categories+text"}


@pytest.mark.parametrize("title", ["Emotional Rhetoric in Parliamentary Speeches of the Bundestag",
                                   "Sentiment in Parliamentary Debate over Two Decades"])
def test_parliamentary_speeches_are_read_as_text(extractor, title):
    found, _ = edges(extractor, title, "We classify the sentiment of 28,000 contributions.")
    assert ("usesModality", "text") in found and ("usesModality", "speech") not in found


def test_micro_expression_is_also_written_solid(extractor):
    found, _ = edges(extractor, "Microexpression Recognition with Optical Flow",
                     "We recognise microexpressions in short video clips.")
    assert ("addressesTask", "facial-expression-recognition") in found


def test_a_name_inside_a_catalogued_name_is_not_discovered(extractor):
    """"CAS(ME)2" is catalogued; the list pattern, which reads names without brackets, must not add "CAS"."""
    found, ex = edges(extractor, "Micro-Expression Spotting", "Experimental results on three challenging datasets–CAS(ME)2, "
                                                          "CAS(ME)3, and SAMM-LV–demonstrate that it works.")
    assert {("usesDataset", "cas-me-2"), ("usesDataset", "cas-me-3")} <= found
    assert "CAS" not in {d.label for d in ex.discovered}


def test_a_data_noun_joined_to_a_word_does_not_make_a_title_a_dataset(extractor):
    _, ex = edges(extractor, "EEG-SCMM: Soft Contrastive Masked Modeling for Cross-Corpus EEG-Based Emotion Recognition")
    assert not ex.discovered
    _, ex = edges(extractor, "KUREMO: A dataset for emotion analysis in Kurdish")
    assert [d.label for d in ex.discovered] == ["KUREMO"]


def test_a_name_set_off_by_a_comma_after_a_data_noun_is_closed_or_listed(extractor):
    _, ran = edges(extractor, "EEG Emotion", "In the other dataset, TSception with VREx yielded the best valence accuracy.")
    _, named = edges(extractor, "Counselling", "The training dataset, Psych8k, was constructed from real sessions.")
    _, listed = edges(extractor, "Interviews", "We introduce EMMI, composed of two public MI corpora, AnnoMI and the "
                                               "Motivational Interviewing Dataset.")
    assert not ran.discovered
    assert [d.label for d in named.discovered] == ["Psych8k"]
    assert "AnnoMI" in {d.label for d in listed.discovered}


def test_a_short_form_of_the_description_in_brackets_is_not_a_dataset_name(extractor):
    _, term = edges(extractor, "Vocalizations", "We present a corpus of Japanese nonverbal vocalizations (NVs) with "
                                                "diverse phrases.")
    _, method = edges(extractor, "Speech Models", "Models are trained on extensive corpora with a Self-Supervised "
                                                 "Learning (SSL) approach.")
    _, name = edges(extractor, "3D Faces", "We collected a dataset of 3D expression sequences (Florence4D) for this work.")
    assert not term.discovered and not method.discovered
    assert [d.label for d in name.discovered] == ["Florence4D"]


@pytest.mark.parametrize("title, abstract, task, expected", [
    # text-only work that analyses emotions, although no sentence names a task
    ("Hopes and Fears in Online Product Reviews",
     "Reviews address many topics. We analyse the emotions of 500,000 product reviews with a fine-tuned "
     "language model.", "text-emotion-recognition", True),
    ("Hopes and Fears in Online Product Reviews",
     "Reviews address many topics. Earlier studies analysed the emotions of such reviews with lexicons.",
     "text-emotion-recognition", False),
    # recognition that keeps returning to several modalities is multimodal
    ("Talk Shows and Their Audiences",
     "We analyse the emotions of speakers in 300 talk-show clips with a multimodal model. The multimodal "
     "features combine facial expressions, prosody and transcripts.", "multimodal-emotion-recognition", True),
    ("Talk Shows and Their Audiences",
     "We analyse the emotions of speakers in 300 talk-show clips with a model. The features combine facial "
     "expressions, prosody and transcripts.", "multimodal-emotion-recognition", False),
    ("Talk Shows and Their Audiences",
     "Earlier studies analysed the emotions of speakers. Multimodal models combine facial expressions, prosody "
     "and transcripts, and multimodal fusion helps them.", "multimodal-emotion-recognition", False),
    # the body's signals alone: physiological recognition, not multimodal
    ("Wearables and Their Wearers",
     "We analyse the emotions of 30 drivers with a multimodal model. The multimodal features combine EEG and "
     "ECG signals.", "multimodal-emotion-recognition", False),
    # a paper that keeps returning to sentiment analyses it; sentiment as a style to transfer does not count
    ("Reading Customers at Scale",
     "Online reviews carry the sentiment of customers. We measure the sentiment of 2 million reviews and relate "
     "changes in sentiment polarity to sales.", "sentiment-analysis", True),
    ("Reading Customers at Scale",
     "Online reviews carry the sentiment of customers. We relate them to sales.", "sentiment-analysis", False),
    ("Style Transfer for Customer Reviews",
     "Online reviews carry the sentiment of customers. We rewrite the sentiment of 2 million reviews while "
     "keeping their content, and measure how well the sentiment polarity changes.", "sentiment-analysis", False),
    # who labelled and how, said twice, makes the annotation a subject of the paper
    ("Reliable Labels for Affective Corpora",
     "We collected 5,000 sentences. Three annotators labelled each sentence following annotation guidelines "
     "we release.", "emotion-annotation-methodology", True),
    ("Reliable Labels for Affective Corpora",
     "We collected 5,000 sentences. Three annotators labelled each sentence.", "emotion-annotation-methodology",
     False),
])
def test_tasks_the_abstract_as_a_whole_shows(extractor, title, abstract, task, expected):
    found, ex = edges(extractor, title, abstract)
    assert (("addressesTask", task) in found) == expected
    if expected:  # with the sentence it was read from as evidence
        (m,) = [m for m in ex.mentions if m.target.endswith("/" + task)]
        text = title + "\n" + abstract
        assert m.sentence in abstract and text[m.start:m.end] == m.label and m.label in m.sentence


def test_a_challenge_edition_with_its_year_glued_on_is_the_catalogued_challenge(extractor):
    found, ex = edges(extractor, "MEGC2025: Micro-Expression Grand Challenge on Spot Then Recognize",
                      "The ME grand challenge (MEGC) 2025 introduces two tasks.")
    assert ("introducesDataset", "megc") in found
    assert not ex.discovered and not any(m.target.endswith("/megc2025") for m in ex.mentions)


@pytest.mark.parametrize("sentence, role", [
    ("This paper describes the fifth Emotion Recognition in the Wild (EmotiW) challenge 2017.", "introducesDataset"),
    ("This paper describes the system we submitted to the EmotiW challenge 2017.", "usesDataset"),
    ("This paper describes the approach of team X in the EmotiW challenge 2017.", "usesDataset"),
])
def test_an_overview_sentence_of_a_challenge_introduces_it(extractor, sentence, role):
    found, _ = edges(extractor, "From Individual to Group-Level Emotion Recognition: EmotiW 5.0",
                     "Research in affect recognition has come a long way. " + sentence)
    assert {p for p, t in found if t == "emotiw"} == {role}


@pytest.mark.parametrize("title, task, modalities", [
    ("基于三维特征图和改进DenseNet的脑电情绪识别方法", "physiological-emotion-recognition", {"eeg"}),
    ("结合C3D与光流法的微表情自动识别", "facial-expression-recognition", {"face", "video"}),
])
def test_chinese_titles_name_their_task_and_modalities(extractor, title, task, modalities):
    found, _ = edges(extractor, title)
    assert ("addressesTask", task) in found and modalities <= {t for p, t in found if p == "usesModality"}


def test_a_workshop_year_is_one_node_wherever_it_met():
    from kg.ids import dataset_iri

    same = {dataset_iri(n) for n in ("DravidianLangTech@NAACL 2025", "DravidianLangTech 2025",
                                     "DravidianLangTech-NAACL 2025")}
    assert len(same) == 1
    assert dataset_iri("DravidianLangTech-EACL2024") == dataset_iri("DravidianLangTech 2024") != same.pop()
    assert dataset_iri("SemEval-2025 Shared Task 11") == dataset_iri("SemEval-2025 Task 11")
    assert dataset_iri("CL-Aff Shared Task 2019") != dataset_iri("CL-Aff Task 2019")  # a year, not a task number



# (title, abstract, edges that must be read, edges that must not): one reading each, named by its case id
READINGS = {
    "a plain word heading a title that announces data": (
        "Motamot: A Dataset for Bengali Political Sentiment Analysis",
        "We collect political news and label its sentiment.", {("introducesDataset", "motamot")}, set()),
    "a dataset the paper makes publicly available": (
        "Detection of Public Speaking Anxiety", "We make the SAC dataset and LAD model publicly available.",
        {("introducesDataset", "sac")}, set()),
    "the parts named after a dataset the paper makes": (
        "EmoMV: Affective Music-Video Correspondence Learning Datasets",
        "The emotions are annotated by humans in the EmoMV-A dataset, while in the EmoMV-B dataset they are "
        "predicted. Models are trained on the MELD dataset.",
        {("introducesDataset", "emomv-a"), ("introducesDataset", "emomv-b"), ("usesDataset", "meld")}, set()),
    "an acronym in brackets between a new name and its data noun": (
        "Opinion mining for Uzbek",
        "We introduce UzABSA, the first high-quality annotated aspect-based sentiment analysis (ABSA) dataset.",
        {("introducesDataset", "uzabsa")}, set()),
    "a name that holds annotations is data": (
        "Training Emotion Recognition Models with Human and ChatGPT Annotation",
        "We prepared three collections of texts. CLARIN-Emo contains the opinions of real people, manually "
        "annotated by six linguists.", {("introducesDataset", "clarin-emo")}, set()),
    "so is one holding labelled items, used": (
        "Sarcasm detection", "We train a model. FooSet contains tweets labelled for sarcasm.",
        {("usesDataset", "fooset")}, set()),
    "a team's challenge entry names no dataset after the team": (
        "ECMF: Enhanced Cross-Modal Fusion for Multimodal Emotion Recognition in MER-SEMI Challenge",
        "We tackle the MER-SEMI challenge of the MER2025 competition.", set(), {("introducesDataset", "ecmf")}),
    "an overview title introduces its challenges": (
        "ABAW: Valence-Arousal Estimation, Expression Recognition, Action Unit Detection & Multi-Task Learning "
        "Challenges", "We describe the challenges.", {("introducesDataset", "abaw")}, set()),
    "a headband is no dataset": (
        "EEG Based Sentiment Classification", "We classify sentiment using EEG signals from the MUSE device.",
        set(), {("usesDataset", "muse")}),
    "MuSe data still are": (
        "Humor detection", "We evaluate on the MuSe 2022 data and report F1.", {("usesDataset", "muse")}, set()),
    "inferring personality": (
        "Inferring Personality From Social Media Activity Using Large Language Models", "",
        {("addressesTask", "personality-detection")}, set()),
    "personality inference": (
        "Evaluating LLM Alignment on Personality Inference from Real-World Interview Data", "",
        {("addressesTask", "personality-detection")}, set()),
    "a numbered shared task is that task (catalogued by its own name), not the year's first one": (
        "HITSZ-HLT at WASSA-2024 Shared Task 2: Multi-task Learning for Emotion Detection",
        "This paper describes our system for WASSA-2024 Shared Task 2, on emotion detection in tweets.",
        {("usesDataset", "wassa-2024-exalt-shared-task")}, {("usesDataset", "wassa-2024-shared-task")}),
    "the year's shared task without a number is the catalogued one": (
        "Empathy prediction", "We take part in the WASSA 2024 Shared Task on empathy.",
        {("usesDataset", "wassa-2024-shared-task")}, set()),
    "an organisers' overview introduces its shared task": (
        "Overview of the CLPsych 2026 Shared Task: Capturing Mental Health Dynamics",
        "We provide an overview of the CLPsych 2026 Shared Task on self-states.",
        {("introducesDataset", "clpsych-2026")}, {("usesDataset", "clpsych-2026")}),
    "so does a paper presenting it": (
        "MAHED Shared Task: Multimodal Detection of Hope and Hate Emotions",
        "This paper presents the MAHED 2025 Shared Task on Multimodal Detection of Hope and Hate.",
        {("introducesDataset", "mahed-2025")}, set()),
    "a team's system uses it": (
        "Team X at CLPsych: self-states", "This paper presents our system for the CLPsych 2026 Shared Task on "
        "self-states.", {("usesDataset", "clpsych-2026")}, {("introducesDataset", "clpsych-2026")}),
    "a dataset built on another, and the short form of a catalogued one": (
        "Enhancing Empathetic Response Generation with Tool Calling",
        "We construct a novel dataset TOOL-ED based on the EMPATHETICDIALOGUE (ED) dataset. "
        "We validate our method on the ED dataset.",
        {("introducesDataset", "tool-ed"), ("usesDataset", "empatheticdialogues")}, {("usesDataset", "ed")}),
    "a bracketed name holding a catalogued one is another dataset": (
        "A multilingual corpus", "We present Multilingual MELD (M-MELD), a dataset built from MELD.",
        {("introducesDataset", "m-meld")}, set()),
    "a long name's short form before the data noun": (
        "Emotion Entanglement and Bayesian Inference",
        "We introduce Emotional Scenarios (EmoScene), a theory-grounded benchmark of 4,731 scenarios.",
        {("introducesDataset", "emoscene")}, set()),
    "a long name's short form before a method noun": (
        "Emotion Entanglement and Bayesian Inference",
        "We propose Bayesian Emotion Inference (BEI), a method that improves on the benchmark.",
        set(), {("introducesDataset", "bei"), ("usesDataset", "bei")}),
    "a numbered task of any workshop's year, and no second node for the year": (
        "BLP-2023 Task 2: Sentiment Analysis",
        "We present an overview of the shared task, organized as part of the inaugural BLP 2023 workshop.",
        {("introducesDataset", "blp-2023-task-2")}, {("usesDataset", "blp-2023")}),
    "a numbered shared task is not its year's first catalogued one": (
        "Trigger words for cross-lingual emotion detection",
        "This paper introduces our systems for WASSA 2024 Shared Task 2: Cross-Lingual Emotion Detection.",
        {("usesDataset", "wassa-2024-exalt-shared-task")}, {("usesDataset", "wassa-2024-shared-task")}),
    "a letter joined before a catalogued name makes another dataset": (
        "Multi-task learning of affect",
        "We train on s-Aff-Wild2, a static version of the Aff-Wild2 database.",
        {("usesDataset", "s-aff-wild2")}, set()),
    "a one-word short form ends a longer name": (
        "Dog facial landmarks",
        "We present a novel Dog Facial Landmarks in the Wild (DogFLW) dataset of 3732 images.",
        {("introducesDataset", "dogflw")}, {("introducesDataset", "wild"), ("usesDataset", "wild")}),
    "an issue tracker is a platform": (
        "Sentiment analysis in software engineering",
        "Using datasets from GitHub, Stack Overflow, and Jira, we benchmark the models.",
        set(), {("usesDataset", "jira"), ("usesDataset", "github")}),
    "the training dataset a method results in is the paper's": (
        "Customer support conversation",
        "We develop a role-playing approach that simulates conversations, resulting in the training dataset RoleCS.",
        {("introducesDataset", "rolecs")}, {("usesDataset", "rolecs")}),
    "plain words of a catalogued name in a title's capitals are words": (
        "Talk With Human-like Agents: Empathetic Dialogue Through Perceptible Acoustic Reception",
        "We propose an empathetic spoken dialogue system.", set(), {("usesDataset", "empatheticdialogues")}),
    "... unless a data noun follows them": (
        "Conversational Analysis of Daily Dialog Data using Polite Emotional Dialogue Acts",
        "We annotate dialogue acts.", {("usesDataset", "dailydialog")}, set()),
    "a dataset of a name, then where it was used": (
        "Large Language Models in Targeted Sentiment Analysis",
        "We consider the dataset of RuSentNE-2023 in our study.", {("usesDataset", "rusentne-2023")}, set()),
    "a count of items, then the name they go by": (
        "Screening of depression with language models",
        "This paper introduces a pipeline for synthesizing clinical interviews, resulting in 1,157 interactive "
        "dialogues (PsyInterview).", {("introducesDataset", "psyinterview")}, set()),
    "a title-cased description after an article names nothing": (
        "Depression screening in dialogue",
        "We design a procedure to construct K7: a Korean Counselling Dataset for Screening-Oriented Chat.",
        {("introducesDataset", "k7")}, {("introducesDataset", "korean-counselling")}),
    "a new benchmark set off by a comma is the paper's": (
        "Unified sentiment analysis",
        "We gather the benchmark datasets of the subtasks into a new Affect Evaluation benchmark, AffEval.",
        {("introducesDataset", "affeval")}, {("usesDataset", "affeval")}),
    "'viz.' lists names": (
        "Persuasive dialogue", "From an existing corpus we create two datasets, viz. PolDon and EmpDon.",
        {("introducesDataset", "poldon"), ("introducesDataset", "empdon")}, set()),
    "the title's name, written short in the abstract, is one dataset": (
        "MEDA-ABSA: A Multi-Element Dataset for Aspect-Based Sentiment Analysis",
        "We propose a large-scale Multi-Element Dataset Annotation (MEDA), a dataset of 20,000 review sentences.",
        {("introducesDataset", "meda-absa")}, {("introducesDataset", "meda"), ("usesDataset", "meda")}),
    "languages shortened in brackets name no corpus": (
        "Code-mixing for Marathi", "We present a code-mixed Marathi-English (Mr-En) corpus of social media text.",
        set(), {("introducesDataset", "mr-en")}),
    "a second name after an adjective in 'X datasets and public Y datasets'": (
        "Behaviour and emotion", "The model is validated on our ABC datasets and public KINFOLK datasets.",
        {("usesDataset", "kinfolk")}, set()),
    "a title headed by a name and year, whose abstract presents a shared task": (
        "RuStanceNE-2025: Extraction of Stance Tuples from Russian News",
        "In this paper, we introduce the shared task on extraction of structured stances from news texts.",
        {("introducesDataset", "rustancene-2025")}, set()),
    "... not a team's entry to it": (
        "RuStanceNE-2025: Our Entry for Stance Extraction from Russian News",
        "In this paper, we present our system for the shared task on extraction of structured stances.",
        set(), {("introducesDataset", "rustancene-2025")}),
    "a custom dataset set off by a comma is the paper's": (
        "Lightweight facial emotion recognition",
        "The network was trained on CK+ and a custom dataset, WORKFACE.",
        {("introducesDataset", "workface"), ("usesDataset", "ck-plus")}, {("usesDataset", "workface")}),
    "'we developed the X dataset' introduces it, 'the development set of X' does not": (
        "Memory and emotion",
        "We developed the Affective Recall (AFR) dataset. Results on the development set of the EDX dataset follow.",
        {("introducesDataset", "afr"), ("usesDataset", "edx")}, {("introducesDataset", "edx")}),
    "a short form of the kind of data, after a name in apposition, is no name": (
        "Role-play", "We introduce AnimeTalk, the first Supportive Role-Playing (SRP) dataset.",
        {("introducesDataset", "animetalk")}, {("introducesDataset", "srp")}),
    "data named after the title's own system are the paper's": (
        "ActorSense: Emulating Actor Reasoning for Speech Role-Playing",
        "ActorSenseBench is a hierarchical benchmark of 7,000 utterances.",
        {("introducesDataset", "actorsensebench")}, {("usesDataset", "actorsensebench")}),
    "a catalogued name after 'model' names the model, unless a data noun follows": (
        "Empathetic responses", "We train a causality-aware response model CAER on this dataset. For training the "
        "model CAFE dataset is used.", {("usesDataset", "cafe")}, {("usesDataset", "caer")}),
    "'the datasets are called X, Y and Z' names them": (
        "Aspect datasets for Bangla", "We developed an annotated dataset. The datasets are called Food_ABSA and "
        "Book_ABSA respectively.", {("introducesDataset", "food-absa"), ("introducesDataset", "book-absa")}, set()),
    "what other models rely on is theirs": (
        "Appraisal-conditioned text generation", "Models for affective text generation have shown progress, but "
        "they commonly rely only on basic emotion theories or valance/arousal values. We condition on appraisals.",
        {("usesEmotionModel", "appraisal")}, {("usesEmotionModel", "vad")}),
    "a long form in brackets after its short form is that name": (
        "Emotion causes", "We propose ECD (Emotion-Cause Dialogue Dataset), a scalable dataset of dialogues.",
        {("introducesDataset", "ecd")}, {("introducesDataset", "emotion-cause-dialogue"),
                                         ("usesDataset", "emotion-cause-dialogue")}),
    "a name set off by commas after what a new dataset holds": (
        "Mood in threads", "We introduce a new dataset of Reddit comments, MoodThread, containing 900 threads.",
        {("introducesDataset", "moodthread")}, set()),
    "a curly apostrophe inside a titled name": (
        "Essay scoring", "We train models on the Korean Learners’ Essay Corpus collected from a school.",
        {("usesDataset", "korean-learners-essay")}, set()),
    "a quoted name before 'dataset'": (
        "Humour in late-night shows", "Our ‘Late Show’ dataset is released along with the code.",
        {("introducesDataset", "late-show")}, set()),
    "a quoted name after 'our dataset,'": (
        "Kannada sentiment", 'We evaluated four models using our dataset, "Kavyasenti," which consists of reviews.',
        {("introducesDataset", "kavyasenti")}, set()),
    "'the dataset used in this task, namely X' names X; models listed after 'namely' are no data": (
        "Sarcasm", "The dataset used in this challenge, namely EmoQuip-v2, consists of tweets. Four models were "
        "tested on this data set consisting of 240 subjects, namely K-Nearest Neighbors (KNN) and Random Forest.",
        {("usesDataset", "emoquip-v2")}, {("usesDataset", "k-nearest")}),
    "'three established datasets' are not made here": (
        "Conversation emotion", "We perform experiments on three established datasets, namely, IEMOCAP and MELD.",
        {("usesDataset", "iemocap"), ("usesDataset", "meld")}, {("introducesDataset", "iemocap")}),
    "'introduces X, the first shared task' is the organisers' task": (
        "Overview of the humour task", "This paper introduces HumoRes, the first shared task dedicated to humour.",
        {("introducesDataset", "humores")}, set()),
    "a shared task's title in quotes": (
        "Team at the emotion task", 'We present the findings of our team in the shared task "Emotion Analysis in '
        'Kannada." The task aimed to classify comments.', {("usesDataset", "emotion-analysis-in-kannada")}, set()),
    "a titled description before a dash and the name": (
        "TeluSent: A Telugu Sentiment Dataset", "We present the first Telugu Sentiment Analysis Dataset - TeluSent.",
        {("introducesDataset", "telusent")}, {("usesDataset", "telugu-sentiment-analysis")}),
    "a catalogued acronym the paper spells out as its own term": (
        "Explaining sarcasm", "We propose a novel problem -- Multimodal Sarcasm Explanation (MuSE) -- for posts. "
        "Results over baselines (adopted for MuSE) follow.", set(), {("usesDataset", "muse")}),
    "a long name then its short form after 'a new dataset,'": (
        "Stress", "We present a new emotion dataset, Crowd Stress Emotion (CroSE), and annotate it twice.",
        {("introducesDataset", "crose")}, set()),
    "an author after a catalogued name is no dataset": (
        "Indonesian emotion", "The balanced dataset combines tweets from IndoNLU and Pratama et al.",
        {("usesDataset", "indonlu")}, {("usesDataset", "pratama")}),
    "a word before a catalogued name at the head of the title names the paper's own dataset": (
        "Emotional FEVER: Extended Corpus for Claim Checking",
        "We introduce Emotional FEVER, which extends the FEVER dataset with emotion features of claims.",
        {("introducesDataset", "emotional-fever")}, set()),
    "a word and an acronym before 'dataset' are one name, unless the acronym is a modality": (
        "Voice and ALS", "We introduce the Voice ALS dataset. Accuracy on the Seed EEG dataset is 98%.",
        {("introducesDataset", "voice-als")}, {("usesDataset", "seed-eeg")}),
    "two sources with what they hold, listed before 'datasets'": (
        "Reviews", "We classify sentiment on the Flipkart product review and Naver movie review datasets.",
        {("usesDataset", "flipkart-product-review"), ("usesDataset", "naver-movie-review")}, set()),
    "a short form after a titled name and a few more words": (
        "Students' comments in Yoruba", "We collected a corpus of comments, the Yoruba-English Sentiment Analysis "
        "Corpus For Schools (YESAC). Accuracy on YESAC is 97%.", {("introducesDataset", "yesac")}, set()),
    "titled words after 'NAME a ...' describe the name": (
        "KABYZI: a Kabyle Arabizi sentiment analysis Dataset",
        "In this paper, we introduce KABYZI a sentiment analysis Kabyle Arabizi Dataset, collected from social networks.",
        {("introducesDataset", "kabyzi")}, {("introducesDataset", "kabyle-arabizi")}),
    "'designated as' names new data, and its short form is the name": (
        "Micro-gestures", "We collect a new micro-gesture dataset designated as Micro-gesture-40 (MG-40).",
        {("introducesDataset", "mg-40")}, set()),
    "'propose X: the ... shared task' and a count with a thousands separator before the data noun": (
        "Overview of the aspect task", "We propose SENT_ITA: the EVALITA 2026 shared task on aspect sentiment. "
        "We also introduce COSWAP (Code-Switched Sentiment for Swahili Posts), a 12,224-texts corpus.",
        {("introducesDataset", "sent-ita"), ("introducesDataset", "coswap")}, set()),
    "'the paper describes the X-2023 evaluation' under a title headed 'X-2023:'": (
        "KazSentNE-2025: Evaluating Entity-Oriented Sentiment on Kazakh News",
        "The paper describes the KazSentNE-2025 evaluation devoted to targeted sentiment analysis.",
        {("introducesDataset", "kazsentne-2025")}, set()),
    "'Out-Of-Domain dataset' and 'Arabic Twitter corpus' name no dataset": (
        "French aspects", "Our model is robust for the Out-Of-Domain dataset. We present the largest Arabic Twitter "
        "corpus on vaccination.", set(), {("usesDataset", "out-of-domain"), ("introducesDataset", "arabic-twitter")}),
    "an animal's vocalisations are not speech": (
        "Classification of duck calls produced from birth to slaughter",
        "Vocal expressions of ducks carry information about emotions. We classify the calls with acoustic features.",
        set(), {("usesModality", "speech")}),
    "'the dominance dimension' is a dimensional model": (
        "A lexicon for game dialogue", "The extension performs better on the dominance dimension for dialogue segments.",
        {("usesEmotionModel", "vad")}, set()),
    "a challenge's name with a '+' and its year": (
        "Multimodal emotion for a challenge", "We submitted a system to the AV+EC 2015 Emotion Recognition Challenge.",
        {("usesDataset", "av-ec-2015")}, {("usesDataset", "ec-2015")}),
    "a venue's challenge written in lower case at the head of the title is the organisers'": (
        "The INTERSPEECH 2011 speaker state challenge: intoxication and sleepiness",
        "The challenge provides a unified test-bed for speaker states.",
        {("introducesDataset", "interspeech-2011-speaker-state-challenge")}, set()),
    "'Summary for X 2016: ... Challenge' is an overview": (
        "Summary for MEC 2016: Multimodal Emotion Recognition Workshop and Challenge",
        "The MEC 2016 challenge was held for the first time.", {("introducesDataset", "mec-2016")}, set()),
    "'An Appraisal of' a tool is an evaluation, not appraisal theory": (
        "Facial Emotion Recognition: An Appraisal of a Face Tracking Library",
        "We appraise the strengths and weaknesses of the library for emotion detection.",
        set(), {("usesEmotionModel", "appraisal")}),
    "a benchmark's task named with its year and title": (
        "The MediaEval 2018 Affective Lyrics Task",
        'This paper describes the MediaEval 2018 "Affective Lyrics" task and its data.',
        {("introducesDataset", "mediaeval-2018-affective-lyrics-task")},
        {("introducesDataset", "mediaeval-2018"), ("usesDataset", "affective-lyrics")}),
    "a team's entry to a benchmark's catalogued task": (
        "Team X participation in MediaEval 2014: Emotion in Music Task",
        'We describe our approach for the "Emotion in Music" task of MediaEval 2014.',
        {("usesDataset", "mediaeval-emotion-in-music")}, {("usesDataset", "mediaeval-2014")}),
    "a name, then the items it holds": (
        "Emotions of people with a condition", "We validate on the Faces-DS, comprising images collected from adults, as "
        "the validation dataset.",
        {("usesDataset", "faces-ds")}, set()),
    "a challenge's catalogued name with its year at the head of the title is its overview": (
        "Emotion Recognition in the Wild Challenge 2015: Baseline, Data and Protocol",
        "The third challenge provides a common platform for researchers.", {("introducesDataset", "emotiw")}, set()),
    "a language before a catalogued lexicon with its own short form": (
        "Marathi lexicon", "Marathi SentiWordNet (M-SWN) is developed from IndoWordNet.",
        {("introducesDataset", "marathi-sentiwordnet")}, set()),
    "a list's first word that begins a name spelt out before its short form is no name": (
        "Fusion for sentiment", "We evaluate on two benchmark datasets, viz. XYZ Multimodal Opinion Corpus (XYZ-MOC) "
        "and the Zeta set.", set(), {("usesDataset", "xyz")}),
    "a venue written with one capital, its year glued on": (
        "Children's anger", "The system was submitted to the Interspeech2012 Emotion Challenge.",
        {("usesDataset", "interspeech-2012-emotion-challenge")}, set()),
    "the robot a corpus is named after is not the corpus": (
        "Children's anger", "Children were engaged in dialog with an Aibo robot dog.", set(), {("usesDataset", "fau-aibo")}),
    "a numbered task written with a number sign or after a comma": (
        "Stance", "We pretrain on the dataset of Semeval 2017, Task 4A and compare with the teams of SemEval-2016 "
        "Task #6.", {("usesDataset", "semeval-2017-task-4"), ("usesDataset", "semeval-2016-task-6")},
        {("usesDataset", "semeval-2017"), ("usesDataset", "semeval-2016")}),
    "the test splits of a dataset are not datasets": (
        "A shared task", "Two evaluation data sets, Test1 and Test2, were released. The leader-board was evaluated on Test2 data set.",
        set(), {("usesDataset", "test2"), ("usesDataset", "test1")}),
    "the feature set of a challenge is not its data": (
        "Stress in speech", "We use the feature set introduced in the INTERSPEECH 2014 Paralinguistics Challenge.",
        set(), {("usesDataset", "interspeech-2014-paralinguistics-challenge")}),
    "a catalogued short name's long form is that dataset": (
        "Sentiment", "We test on the Stanford Large Movie Review Dataset (IMDB). We reach 94% on the Stanford Large "
        "Movie Review dataset.", {("usesDataset", "imdb")}, {("usesDataset", "stanford-large-movie-review")}),
    "a catalogued long name's short form after its data noun is that dataset": (
        "Sentiment", "We test on the Stanford Sentiment Treebank Dataset (SSTX) for binary classification.",
        {("usesDataset", "sst")}, {("usesDataset", "sstx")}),
    "'Lexica' in a title announces data": (
        "OmniSent: Adaptable Sentiment Lexica for Many Languages", "We introduce sentiment lexica for many languages.",
        {("introducesDataset", "omnisent")}, set()),
    "social networks are platforms, not datasets": (
        "Strength", "Results on data sets (MySpace, Digg, BBC Forums) show gains.", set(),
        {("usesDataset", "myspace"), ("usesDataset", "digg")}),
    "a system or project named like a dataset is not the dataset": (
        "Interest in speech", "The techniques are also used in the SEMAINE system, an embodied agent.", set(),
        {("usesDataset", "semaine")}),
    "a SemEval task's number after its quoted title, or with a subtask's letter alone": (
        "Short informal texts", "The system ranked first in the SemEval-2014 shared task 'Sentiment Analysis in "
        "Twitter' (Task 9). On the SemEval2016 4A sentiment task we show gains.",
        {("usesDataset", "semeval-2014-task-9"), ("usesDataset", "semeval-2016-task-4")},
        {("usesDataset", "semeval-2014"), ("usesDataset", "semeval-2016")}),
    "a catalogued name with its reference number is cited, not made here": (
        "Static expressions", "We present a new database Static Faces (SFX) extracted from a temporal database Acted "
        "Facial Expressions in the Wild (AFEW) [9], which we have extracted from movies.",
        {("usesDataset", "afew")}, {("introducesDataset", "afew")}),
    "a list read without its reference numbers": (
        "Transfer", "We compare on four benchmarks: CK+ [44], GEMEP-FERA [67], ZU-FACS [4] and QRT [57].",
        {("usesDataset", "zu-facs"), ("usesDataset", "qrt")}, set()),
    "a numbered catalogued name in lower case before its data noun": (
        "Noise", "The experiments use the Berlin emotional database and the enterface05 database.",
        {("usesDataset", "enterface05")}, set()),
    "a challenge's edition in brackets after its name": (
        "Affect dimensions", "This paper presents our system for the Audio/Visual+ Emotion Challenge (AV+EC2016).",
        {("usesDataset", "av-ec-2016")}, {("usesDataset", "avec")}),
    "a paper that discusses the baseline for a challenge is its organisers'": (
        "Video and group emotion", "This paper discusses the baseline for the Emotion Recognition in the Wild "
        "(EmotiW) 2019 challenge.", {("introducesDataset", "emotiw")}, set()),
    "a title that works on a named dataset does not make it": (
        "Stimulus identity drives EEG classification on the ZetaEEG dataset",
        "We classify the signals of many participants and report the accuracy of the models.",
        {("usesDataset", "zetaeeg")}, {("introducesDataset", "zetaeeg")}),
    "signals collected in a catalogued database were not collected here": (
        "Peripheral signals", "We explored the signals collected in the MAHNOB-HCI multimodal tagging database.",
        {("usesDataset", "mahnob-hci")}, {("introducesDataset", "mahnob-hci")}),
    "an overview of an edition is its organisers'": (
        "Overview of ZETA 2018", "This paper describes the tasks, the corpora and the participants' results.",
        {("introducesDataset", "zeta-2018")}, set()),
    "a named shared task with its year after it": (
        "Disclosure", "This overview describes the official results of the XY-Aff Shared Task 2021.",
        {("introducesDataset", "xy-aff-2021-shared-task")}, set()),
    "languages, an owner and a coined term are not datasets": (
        "Code-mixed", "We release Spanglish (Spanish-English) corpora. We test on Japan's JAFFE and CMU's CK "
        "database. We introduce joint-patch and multi-label learning (JPLX). On three datasets, CK+, GFT, and BP4D, "
        "JPLX produced the best scores.", set(),
        {("introducesDataset", "spanish-english"), ("usesDataset", "cmu"), ("usesDataset", "jplx")}),
    "data named by a SemEval year alone, where the paper names no task": (
        "Aspect attention", "Experimental results on SemEval 2015 Datasets show gains. Two datasets are from "
        "SemEval2016, i.e. laptops and restaurants.", {("usesDataset", "semeval-2015"), ("usesDataset", "semeval-2016")},
        set()),
    "a SemEval year beside a numbered task is that task's": (
        "Emotion detection", "Task 3, EmoContext, in the International Workshop SemEval 2019 provides training and "
        "testing datasets.", set(), {("usesDataset", "semeval-2019")}),
    "a titled name that titles the paper is the paper's own": (
        "The Zeta-Emotion Voice Database", "We report the validation results of the Zeta-Emotion Voice Database, an "
        "emotional voice database for scientific use.", {("introducesDataset", "zeta-emotion-voice")}, set()),
    "'the basic six' emotions are Ekman's": (
        "A natural emotion database", "In total, 26 emotional states, including the basic six, are labelled.",
        {("usesEmotionModel", "ekman")}, set()),
    "an edition's acronym in brackets after a workshop's description, not a venue's": (
        "Polarity", "We took part in the 4th edition of the evaluation workshop for sentiment analysis focused on the "
        "Spanish language (ZASS 2015). We address a task at the 10th ABAW Competition (CVPR 2026).",
        {("usesDataset", "zass-2015"), ("usesDataset", "abaw")}, {("usesDataset", "cvpr-2026")}),
    "a venue's challenge with its year first": (
        "Domain adaptation", "The method was evaluated on the 2011 INTERSPEECH Speaker State Challenge's data.",
        {("usesDataset", "interspeech-2011-speaker-state-challenge")}, set()),
    "a catalogued name's first word inside another catalogued name is no name": (
        "Thermal expressions", "Experiments on the MAHNOB laughter database show the gains.",
        {("usesDataset", "mahnob-laughter")}, {("usesDataset", "mahnob-hci")}),
    "the language, visual and acoustic modalities are text, video and speech": (
        "Multimodal sentiment", "Sentiment is expressed through the language, visual, and acoustic modalities.",
        {("usesModality", "text"), ("usesModality", "video"), ("usesModality", "speech")}, set()),
    "a long form, its short form in brackets, then the edition's year": (
        "Physiology and affect", "We describe our entry to the Emotion Physiology Experience Contest (EPEC) 2031 "
        "competition. Our results on the Facial Expression Recognition (FER) 2013 database are good. Scores are "
        "reported for the International Conference on Multimodal Interaction (ICMI) 2020 challenges.",
        {("usesDataset", "epec-2031"), ("usesDataset", "fer2013")}, {("usesDataset", "icmi-2020")}),
    "a shared task's quoted name, long, in single quotes or before its task word": (
        "Team Z", "We describe the models submitted for the shared task in ’Sentiments Analysis (SA) for Zorbic "
        "Languages in Code-Mixed Text’. We also entered the “Emotion Analysis in Zorbic” shared task.",
        {("usesDataset", "sentiments-analysis-sa-for-zorbic-languages-in-cod-1b2d6c"),
         ("usesDataset", "emotion-analysis-in-zorbic")}, set()),
    "an overview's quoted shared task is the organisers', named before its colon": (
        "Overview of ZetaThreat: Emotions and Threat Detection at FIRE 2031",
        "Our paper presents the findings of the shared task \"ZetaThreat: Emotions and Threat detection in Zorbic\".",
        {("introducesDataset", "zetathreat")}, {("usesDataset", "zetathreat")}),
    "a catalogued shared task with its year after the task words": (
        "Team Q at WASSA 2021", "The WASSA Shared Task 2021 released a dataset of news stories.",
        {("usesDataset", "wassa-2021-shared-task")}, {("usesDataset", "the-wassa-shared-task-2021")}),
    "a version's numeral torn from its name is no dataset": (
        "Micro-expressions", "We test on the SAMM, CAS (ME) II, and SMIC datasets.",
        {("usesDataset", "samm"), ("usesDataset", "smic")}, {("usesDataset", "ii")}),
    "a catalogued challenge with its edition's number joined on": (
        "Technical Report for Valence-Arousal Estimation in ABAW2 Challenge",
        "We describe our method for the valence-arousal challenge from ABAW2 ICCV-2021 Competition.",
        {("usesDataset", "abaw")}, {("introducesDataset", "abaw")}),
    "a language's counterpart of a catalogued name with its own short form is one new dataset": (
        "Cultural empathy", "We introduce the Korean Empathetic Dialogues (KoED), a benchmark extending the "
        "English-based EmpatheticDialogues (ED) dataset.",
        {("introducesDataset", "korean-empathetic-dialogues"), ("usesDataset", "empatheticdialogues")},
        {("introducesDataset", "empatheticdialogues"), ("introducesDataset", "koed")}),
    "a recently released dataset is used, and data the paper names as its own are introduced": (
        "Harmful memes", "We further extend the recently released ZarMeme dataset to two topics and name the two "
        "datasets as Zarm-C and Zarm-P, respectively.",
        {("usesDataset", "zarmeme"), ("introducesDataset", "zarm-c"), ("introducesDataset", "zarm-p")}, set()),
    "a dataset for a language, its name in brackets; a bracketed language pair is no name": (
        "Troll memes", "We created a meme dataset for Zorbic (ZorbicMemes). We propose a code-mixed dataset for "
        "Hinglish (Hindi+English) focusing on women.",
        {("introducesDataset", "zorbicmemes")}, {("introducesDataset", "hindi-english"), ("usesDataset", "hindi-english")}),
    "a bracketed name whose long form opens the title is the paper's own": (
        "Zorbic Drama Scene Transcript Dataset for Emotion Recognition in Conversation",
        "The Zorbic Drama Scene Transcript dataset for Emotion Recognition (ZD-EmoR) is a text-based dataset.",
        {("introducesDataset", "zd-emor")}, set()),
    "two bracketed names of one list, made together": (
        "Classical music", "Corpora of Western classical music excerpts (WZMED) and Chinese classical music "
        "excerpts (CZMED) were curated and annotated. We analysed low (LF) and high frequency (HF) calls.",
        {("introducesDataset", "wzmed"), ("introducesDataset", "czmed")}, {("usesDataset", "hf")}),
    "what a borrowed network was pre-trained on is not the paper's data": (
        "Meme sentiment", "Our model utilizes VGG19 pre-trained on ImageNet dataset and BERT, and an "
        "ImageNet-pre-trained MobileNetV1. We evaluate it on the MELD dataset.",
        {("usesDataset", "meld")}, {("usesDataset", "imagenet")}),
    "a catalogued name of several words in lower case, after 'the' or joined, before its data noun": (
        "Hateful memes", "Experiments on the Facebook AI multimodal hateful memes dataset and on empathetic-dialogues "
        "dataset show gains, unlike a multimodal empathetic dialogue dataset.",
        {("usesDataset", "hateful-memes"), ("usesDataset", "empatheticdialogues")}, set()),
    "a paper that provides a named data set introduces it": (
        "Emotion estimation on HRZ-AVC dataset", "Hence this paper provides an emotion data set (HRZ-AVC) obtained "
        "during a task. We also provide a second analysis on a different dataset, FER+.",
        {("introducesDataset", "hrz-avc"), ("usesDataset", "ferplus")}, {("introducesDataset", "ferplus")}),
    "an overview after the title's colon is the organisers' paper": (
        "Community-level research: Overview of the CLPsych 2021 Shared Task", "We report on a shared task.",
        {("introducesDataset", "clpsych-2021")}, {("usesDataset", "clpsych-2021")}),
    "a benchmark's task named in capitals, organised as part of a venue's year": (
        "MediaEval 2031: Emotion in Music", "This paper provides an overview of the Emotions in Zorbic Music "
        "task organized as part of the MediaEval 2031 Benchmarking Initiative.",
        {("introducesDataset", "mediaeval-2031-emotions-in-zorbic-music-task")}, set()),
    "aspect-based sentiment reads text": (
        "Position-Aware Tagging for Aspect Sentiment Triplet Extraction",
        "We extract triplets of target entities, their sentiment, and opinion spans.",
        {("usesModality", "text")}, set()),
    "a shared task's overview titled by its name and a colon": (
        "ZaHaSIS: Shared Task on Sentiment Analysis for Zorbic Dialects", "We present the shared task and its data.",
        {("introducesDataset", "zahasis")}, set()),
    "a language named before its data noun is no dataset": (
        "Emotion mining", "SVM outperformed logistic regression on the Tulu dataset.", set(),
        {("usesDataset", "tulu")}),
    "a catalogued acronym spelt out in words of its own labels is that dataset": (
        "Vocal bursts", "The systems participated in the ACII Affective Vocal Burst (A-VB) Challenge 2022 and ranked "
        "first. A Music Emotion Recognition (MER) model is not the multimodal task.",
        {("usesDataset", "a-vb")}, {("addressesTask", "multimodal-emotion-recognition")}),
    "an overview of a numbered shared task is its organisers'": (
        "Overview of ZLPCC 2031 Shared Task 1: Emotion Detection in Code-Switching Text",
        "We describe the task, its data and the results of the participating teams.",
        {("introducesDataset", "zlpcc-2031-task-1")}, set()),
    "a title that is a catalogued challenge's name after its venue's year is its overview": (
        "The ACII 2022 Affective Vocal Bursts Workshop & Competition", "This year's competition comprises four tracks.",
        {("introducesDataset", "a-vb")}, {("usesDataset", "a-vb")}),
    "human appraisals of descriptions are ratings, not appraisal theory": (
        "Robot emotion", "We collected a dataset of human appraisals and English descriptions of robot behaviours, "
        "with emotion appraisals of more than 500 descriptions.", set(), {("usesEmotionModel", "appraisal")}),
    "a catalogued challenge's edition in brackets after the words it abbreviates": (
        "Semi-supervised fusion", "The Multimodal Emotion Recognition (MER 2023) challenge asks for emotions from "
        "audio, language and visual signals.", {("usesDataset", "mer2023")}, set()),
    "earlier editions of the series a paper presents are its history, not data it uses": (
        "MER 2025: When Affective Computing Meets Large Language Models",
        "MER2025 is the third year of our series of challenges. Previously, MER2023 focused on noise robustness, "
        "while MER2024 introduced a new track on open-vocabulary emotion recognition.",
        {("introducesDataset", "mer2025")}, {("usesDataset", "mer2023"), ("usesDataset", "mer2024")}),
    "a catalogued challenge with a two-digit edition joined on, its track's name between": (
        "Conflict-aware fusion", "On the BAH dataset from the ABAW10 Ambivalence/Hesitancy Challenge, our method "
        "ranks first.", {("usesDataset", "abaw"), ("usesDataset", "bah")}, set()),
    "facial images are images of faces": (
        "Lightweight expression recognition", "Facial images captured by the robot's camera are classified into "
        "seven expressions.", {("usesModality", "face"), ("usesModality", "image")}, set()),
    "a body's movement that disturbs the signal read is no channel": (
        "Contactless stress sensing", "We extract physiological signals from the raw radar data, even in the "
        "presence of body movement, and remove the influence of body motion.",
        {("usesModality", "physio")}, {("usesModality", "body")}),
    "core affect is valence and arousal, not the circumplex named": (
        "Virtual agent challenge", "The baselines predict core affect presence and intensity.",
        {("usesEmotionModel", "vad")}, {("usesEmotionModel", "circumplex")}),
    "the family name of the Real-world Affective Faces database is its basic set": (
        "Edge expression recognition", "Both FER2013 and RAF datasets with seven basic emotions are used for "
        "training and testing.", {("usesDataset", "fer2013"), ("usesDataset", "raf-db")}, {("usesDataset", "raf")}),
    "data named as the title's own name, or a part of it, are the paper's": (
        "ZEEMO: De-identity Emotion Recognition and Reasoning", "The ZEEMO dataset consists of two subsets: "
        "ZEEMO-NFBL, with body-language annotations, and ZEEMO-MER, an instruction dataset for emotion reasoning.",
        {("introducesDataset", "zeemo"), ("introducesDataset", "zeemo-mer")},
        {("usesDataset", "zeemo"), ("usesDataset", "zeemo-mer")}),
    "the authors' previous benchmark is data they use": (
        "Micro-actions", "Our previous XA-52 benchmark has provided an important foundation for micro-action "
        "recognition.", {("usesDataset", "xa-52")}, {("introducesDataset", "xa-52")}),
    "a name with its year joined on before its challenge word, not a venue's year after a hyphen": (
        "Micro-gesture classification", "Our model ranks second in the ZiGA2023 Challenge (Track 1). The "
        "Zorb-ACL2022 Competition is named elsewhere.", {("usesDataset", "ziga2023")},
        {("usesDataset", "acl2022"), ("usesDataset", "zorb-acl2022")}),
    "an acronym's name that goes on in capitals before its data noun is one name": (
        "Code-mixed sentiment", "We beat the benchmark on the ZorbGLUE Product Reviews dataset and test on the "
        "SemEval-2017 Twitter dataset and the MSP Podcast corpus.",
        {("usesDataset", "zorbglue-product-reviews"), ("usesDataset", "msp-podcast")},
        {("usesDataset", "zorbglue"), ("usesDataset", "product"), ("usesDataset", "semeval-2017-twitter"),
         ("usesDataset", "msp-podcast-corpus")}),
}


def test_cited_titles_reads_each_part_and_brackets_inside_a_title():
    from kg.extract import cited_titles

    assert cited_titles("Lucey et al. 2010, CVPR Workshops (The Extended Cohn-Kanade Dataset (CK+): A complete "
                        "dataset)") == ["The Extended Cohn-Kanade Dataset (CK+): A complete dataset"]
    assert cited_titles("A 2006, LREC (A first long title); B 2010, LREC (A second long title)") == \
        ["A first long title", "A second long title"]
    assert cited_titles("Busso et al. 2008, Language Resources and Evaluation 42(4)") == []


@pytest.mark.parametrize("case", sorted(READINGS))
def test_readings(extractor, case):
    title, abstract, wanted, unwanted = READINGS[case]
    found, _ = edges(extractor, title, abstract)
    assert wanted <= found and not unwanted & found, sorted(found)


def test_a_condition_read_from_posts_is_social_media_analysis(extractor):
    # the posts are what the paper classifies; a platform named as motivation only is not enough
    found, _ = edges(extractor, "Quantifying Mental Health Signals in Twitter",
                     "We present analysis of mental health phenomena in publicly available Twitter data, "
                     "focusing on depression and post-traumatic stress disorder.")
    assert {("addressesTask", "mental-health-assessment"), ("addressesTask", "social-media-affect-analysis")} <= found
    interviews, _ = edges(extractor, "Depression Detection from Clinical Interviews",
                          "Social media is full of talk about mental health. "
                          "We detect depression from interview transcripts.")
    assert ("addressesTask", "social-media-affect-analysis") not in interviews


@pytest.mark.parametrize("title, abstract", [
    ("HuLA: Prosody-Aware Anti-Spoofing with Multi-Task Learning for Expressive and Emotional Synthetic Speech",
     "We propose a detector."),
    ("Enhancing In-Domain and Out-Domain EmoFake Detection via Cooperative Multilingual Speech Foundation Models",
     "We propose a detector."),
    ("Detection and Localization of Facial Expression Manipulations",
     "We develop methods that can detect manipulations in facial expressions."),
])
def test_spoofed_or_manipulated_media_detection_is_misinformation_detection(extractor, title, abstract):
    found, _ = edges(extractor, title, abstract)
    assert ("addressesTask", "misinformation-detection") in found


def test_a_list_of_names_then_their_kind_of_data(extractor):
    found, _ = edges(extractor, "SPECTRUM",
                     "Extensive experiments on the EmVidCap, MSVD, and MSR-VTT video captioning datasets demonstrate "
                     "that our model surpasses state-of-the-art methods.")
    assert {("usesDataset", "emvidcap"), ("usesDataset", "msvd"), ("usesDataset", "msr-vtt")} <= found
    # one name before a kind of data may be a platform's: not a list, not read
    platform, _ = edges(extractor, "Tweets", "We run experiments on Twitter sentiment datasets.")
    assert not {t for p, t in platform if p.endswith("Dataset")}


def test_datasets_named_in_the_title_or_as_a_resource(extractor):
    title, _ = edges(extractor, "Polish-ASTE: Aspect-Sentiment Triplet Extraction Datasets for Polish",
                     "We present two new datasets for ASTE.")
    assert ("introducesDataset", "polish-aste") in title
    compared, _ = edges(extractor, "DSAP: Analyzing Bias Through Demographic Comparison of Datasets", "We compare.")
    assert not {t for p, t in compared if p.endswith("Dataset")}
    resource, _ = edges(extractor, "A Pitch-Fusion Model",
                        "Furthermore, addressing the lack of public Vietnamese datasets, we introduce ViSEC, the first "
                        "openly available resource for Vietnamese SER.")
    assert ("introducesDataset", "visec") in resource
    efficient, _ = edges(extractor, "A Small Model",
                         "Given the lack of emotion datasets, we present TinyEmo, a resource-efficient model.")
    assert not {t for p, t in efficient if p.endswith("Dataset")}


def test_mer_unibench_is_catalogued(extractor):
    found, _ = edges(extractor, "Omni-Perception Policy Optimization",
                     "OPPO achieves state-of-the-art performance on MER-UniBench.")
    assert ("usesDataset", "mer-unibench") in found


def test_ekmans_coding_scheme_or_a_datasets_name_is_not_his_model(extractor):
    coded, _ = edges(extractor, "A Fuzzy Reasoning Model for Recognition of Facial Expressions",
                     "The model operates with facial deformations described in terms of Ekman's Action Units (AUs).")
    assert ("usesEmotionModel", "ekman") not in coded
    named, _ = edges(extractor, "Video Emotion Recognition",
                     "Experiments on the VideoEmotion-8 and Ekman-6 datasets show gains.")
    assert ("usesEmotionModel", "ekman") not in named
    model, _ = edges(extractor, "Facial Expressions", "We classify faces into Ekman's basic emotions.")
    assert ("usesEmotionModel", "ekman") in model


@pytest.mark.parametrize("title, estimated", [
    # a study of what moves people's affect is not a model that estimates it
    ("Touched by vibrations: Intensity modulates valence and arousal on the skin", False),
    ("Emotional arousal in 2D versus 3D virtual reality environments", False),
    ("Exploring the Link Between Emotional Arousal and Player Skill in Video Gaming", False),
    # unless the title says it estimates it
    ("Recognizing the Player's Arousal Changes in Video Games", True),
    ("Effects of Music on Arousal: Predicting Arousal from Electrodermal Activity", True),
])
def test_a_study_of_what_moves_valence_is_not_its_prediction(extractor, title, estimated):
    found, _ = edges(extractor, title, "We ran a study with thirty participants.")
    assert (("addressesTask", "dimensional-affect-prediction") in found) == estimated


def test_dimensional_absa_and_bare_emotion_wheels(extractor):
    dim, _ = edges(extractor, "X at SemEval-2026 Task 3: Structured Generation for Dimensional Aspect-Based Sentiment "
                              "Analysis", "We rank first on Tatar-Restaurant for DimASTE.")
    assert ("usesEmotionModel", "vad") in dim
    wine, _ = edges(extractor, "Is wine an emotional object?",
                    "Changes in the autonomic nervous system are structured around the dimensions of pleasantness "
                    "and arousal.")
    assert ("usesEmotionModel", "vad") in wine
    # a bare emotion wheel may be Geneva's or Junto's; Plutchik's is named
    wheel, _ = edges(extractor, "Thermal Stimulation", "The emotion wheel was used as a complementary measure.")
    assert ("usesEmotionModel", "plutchik") not in wheel
    named, _ = edges(extractor, "Emotions", "We annotate posts with Plutchik's emotion wheel.")
    assert ("usesEmotionModel", "plutchik") in named
    praise, _ = edges(extractor, "Review Helpfulness",
                      "Many reviews provide little value and may contain spam, excessive appraisal, or biases.")
    assert ("usesEmotionModel", "appraisal") not in praise
    quality, _ = edges(extractor, "Facial Emotion Recognition in Sleep Deprivation: A Systematic Review",
                       "The JBI Critical Appraisal Checklist was used to assess the quality of the studies.")
    assert ("usesEmotionModel", "appraisal") not in quality


@pytest.mark.parametrize("title", [
    "LieToMe: An Ensemble Approach for Deception Detection from Facial Cues",
    "LDNet: A Robust Hybrid Approach for Lie Detection Using Deep Learning",
    "Emoti-Shing: Detecting Vishing Attacks by Learning Emotion Dynamics",
])
def test_deception_lie_and_phishing_detection_are_misinformation_detection(extractor, title):
    found, _ = edges(extractor, title, "We propose a detector.")
    assert ("addressesTask", "misinformation-detection") in found


def test_deepfake_pain_and_speech_challenge_data_are_catalogued(extractor):
    fakes, _ = edges(extractor, "FauForensics", "Experiments on FakeAVCeleb and LAV-DF show state-of-the-art performance.")
    assert {("usesDataset", "fakeavceleb"), ("usesDataset", "lav-df")} <= fakes
    speech, _ = edges(extractor, "A Framework for the IS25-SER Challenge",
                      "This paper presents our system for the Speech Emotion Recognition in Naturalistic Conditions "
                      "Challenge at Interspeech 2025.")
    assert ("usesDataset", "is25-ser-challenge") in speech
    pain, _ = edges(extractor, "Pain Recognition", "We evaluate on the AI4Pain dataset.")
    assert ("usesDataset", "ai4pain") in pain


def test_a_title_that_is_a_name_and_spellings_of_one_name(extractor):
    weibo, _ = edges(extractor, "The Moral Foundations Weibo Corpus",
                     "We introduce the Moral Foundation Weibo Corpus. This corpus consists of 25,671 comments.")
    assert {e for e in weibo if "Dataset" in e[0]} == {("introducesDataset", "moral-foundations-weibo")}  # spelt once
    merged, _ = edges(extractor, "The Super Emotion Dataset", "We merge many emotion datasets into one.")
    assert ("introducesDataset", "super-emotion") in merged
    marc, _ = edges(extractor, "The Multilingual Amazon Reviews Corpus",
                    "We present the Multilingual Amazon Reviews Corpus (MARC), a large-scale collection of reviews.")
    assert {e for e in marc if "Dataset" in e[0]} == {("introducesDataset", "marc")}  # by its short form, once
    french, _ = edges(extractor, "Public speaking judgements", "We present the 3MT_French dataset. It contains videos.")
    assert ("introducesDataset", "3mt-french") in french


def test_a_venue_before_a_challenges_name_is_not_part_of_it(extractor):
    found, _ = edges(extractor, "Frozen Multimodal Embeddings for Interview Assessment",
                     "This paper presents our solution for the ACM Multimedia AVI Challenge 2026, which evaluates "
                     "two tasks.")
    assert ("usesDataset", "avi-2026-challenge") in found


def test_moral_sentiment_is_not_sentiment_analysis(extractor):
    moral, _ = edges(extractor, "A Corpus of Moral Foundations",
                     "We report baseline results for moral sentiment classification.")
    assert ("addressesTask", "sentiment-analysis") not in moral
    plain, _ = edges(extractor, "A Corpus of Reviews", "We report baseline results for sentiment classification.")
    assert ("addressesTask", "sentiment-analysis") in plain


@pytest.mark.parametrize("title, recognised", [
    ("Physiological Measurements for Real-time Fatigue Monitoring in Train Drivers", False),
    ("Cognitive Workload Assessment from Wearable Signals", False),
    ("Decoding Emotional Valence from Wearables", True),
])
def test_a_state_of_work_read_from_signals_is_not_emotion_recognition(extractor, title, recognised):
    found, _ = edges(extractor, title, "We record heart rate and electrodermal activity while participants report "
                                       "their stress and emotions.")
    assert (("addressesTask", "physiological-emotion-recognition") in found) == recognised


def test_a_quoted_name_of_words_and_an_open_corpus(extractor):
    quoted, _ = edges(extractor, "Sentiment of 5G Posts", "We collected a new dataset named “5G Myths,” with 1000 tweets.")
    assert ("introducesDataset", "5g-myths") in quoted
    opened, _ = edges(extractor, "Characters in Dreams", "We study the English portion of the open SomnoBank corpus.")
    assert ("usesDataset", "somnobank") in opened


def test_emotional_stimuli_are_prompting_only_when_put_to_a_language_model(extractor):
    shown, _ = edges(extractor, "Pupil Dynamics", "We record pupil dynamics while we present auditory emotional stimuli.")
    assert ("addressesTask", "emotional-prompting") not in shown
    prompted, _ = edges(extractor, "Large Language Models Understand and Can be Enhanced by Emotional Stimuli",
                        "We add emotional stimuli to prompts.")
    assert ("addressesTask", "emotional-prompting") in prompted


def test_a_projective_drawing_test_is_mental_health_assessment(extractor):
    found, _ = edges(extractor, "Automated Drawing Psychoanalysis via House-Tree-Person Test",
                     "We propose an automated screening method for drawings.")
    assert ("addressesTask", "mental-health-assessment") in found


def test_face_stimulus_sets_and_dream_and_translation_corpora_are_catalogued(extractor):
    faces, _ = edges(extractor, "Racial Bias in Facial Expression Recognition",
                     "A classifier obtains 95.9% for RADIATE and 99.5% for the Chicago Face Database. The stimuli "
                     "came from the Chinese Facial Affective Picture System (CFAPS).")
    assert {("usesDataset", "radiate"), ("usesDataset", "chicago-face-database"), ("usesDataset", "cfaps")} <= faces
    other, _ = edges(extractor, "Dreams and Translation", "We use DreamBank and a benchmark built on MELD-ST.")
    assert {("usesDataset", "dreambank"), ("usesDataset", "meld-st")} <= other


def test_a_titled_name_in_quotes_with_its_own_data_noun(extractor):
    found, _ = edges(extractor, "HP-BERT: A framework for a longitudinal study",
                     "We curate and publish a ”Hinduphobic COVID-19 X (Twitter) Dataset” of 8,000 tweets.")
    assert ("introducesDataset", "hinduphobic-covid-19-x-twitter") in found
    generic, _ = edges(extractor, "Emotional Stimuli", "Then, we compile a \"Gold Dataset\" of prompts.")
    assert not {e for e in generic if "Dataset" in e[0]}


def test_two_words_in_capitals_are_one_name(extractor):
    title, _ = edges(extractor, "DISCO PAL: Diachronic Spanish Sonnet Corpus with Psychological and Affective Labels",
                     "We present a corpus of sonnets.")
    assert {e for e in title if "Dataset" in e[0]} == {("introducesDataset", "disco-pal")}
    apposed, _ = edges(extractor, "MOKA: Moral Knowledge Augmentation",
                       "We annotate a new dataset, MORAL EVENTS, consisting of 5,494 event annotations.")
    assert ("introducesDataset", "moral-events") in apposed


def test_a_bibliographic_database_is_not_a_dataset(extractor):
    found, _ = edges(extractor, "Neurophysiological approaches to emotional responses to cosmetics: a review",
                     "A total of 33 articles identified with the EBSCO database met the inclusion criteria.")
    assert not {e for e in found if "Dataset" in e[0]}


def test_a_catalogued_name_joined_to_a_camel_cased_word_names_another_dataset(extractor):
    found, _ = edges(extractor, "Denoising ASR Errors in Multimodal Sentiment Analysis",
                     "We conduct experiments on datasets including MOSI-SpeechBrain, MOSI-IBM, and MOSI-iFlytek.")
    assert ("usesDataset", "cmu-mosi") not in found
    assert ("usesDataset", "mosi-iflytek") in found


def test_a_tasks_overview_held_at_a_venue_introduces_the_task(extractor):
    found, _ = edges(extractor, "ABSAPT 2022 at IberLEF: Overview of the Task on Aspect-Based Sentiment Analysis",
                     "This paper presents the task, held within IberLEF 2022. Five teams submitted predictions.")
    assert ("introducesDataset", "absapt-2022") in found
    team, _ = edges(extractor, "UPB at IberLEF: A System for Aspect-Based Sentiment Analysis",
                    "We present our system for the task.")
    assert ("introducesDataset", "upb") not in team


def test_a_name_is_not_cut_short_before_an_accented_letter(extractor):
    found, _ = edges(extractor, "Opinion Mining on Reviews",
                     "We build a dataset of reviews of the beverage called Cachaça. It is popular in Brazil.")
    assert not {e for e in found if "Dataset" in e[0]}


def test_sewa_by_its_long_name_and_not_the_words_of_it(extractor):
    named, _ = edges(extractor, "TriFusion Networks",
                     "Evaluations on the challenging AVEC Sentiment Analysis in the Wild dataset show robust results.")
    assert ("usesDataset", "sewa") in named
    assert not any(e[1] == "wild" for e in named)
    plain, _ = edges(extractor, "Robust Fusion", "We study multimodal sentiment analysis in the wild with noisy inputs.")
    assert ("usesDataset", "sewa") not in plain


def test_a_system_the_paper_developed_is_no_dataset_even_a_catalogued_name(extractor):
    found, _ = edges(extractor, "Affective Feedback in Instant Messaging",
                     "We developed EmotionPush, a system that detects the emotions of messages on Messenger.")
    assert ("usesDataset", "emotionpush") not in found


def test_fg_is_a_venue_and_social_media_no_name(extractor):
    fera, _ = edges(extractor, "Action Units on Multipose Faces",
                    "The data were made available to FG 2017 Facial Expression Recognition and Analysis Challenge "
                    "(FERA 2017) participants.")
    assert ("usesDataset", "fera-2017") in fera
    assert not any(e[1].startswith("fg-") for e in fera)
    social, _ = edges(extractor, "Detecting Depression", "Our Social Media Corpus correlates with the standard corpus.")
    assert not {e for e in social if "Dataset" in e[0]}


def test_a_short_form_spelt_by_the_titled_words_and_a_part_after_a_hyphen(extractor):
    found, _ = edges(extractor, "Target-based Sentiment in Levantine Tweets",
                     "We present the Arabic Sentiment Twitter Dataset for the Levantine dialect (ArSenTD-LEV).")
    assert {e for e in found if "Dataset" in e[0]} == {("introducesDataset", "arsentd-lev")}



def test_a_synthesizer_of_emotional_speech_is_emotional_speech_synthesis(extractor):
    found, _ = edges(extractor, "Emotional End-to-End Neural Speech Synthesizer",
                     "We introduce an emotional speech synthesizer based on Tacotron.")
    assert ("addressesTask", "emotional-speech-synthesis") in found


def test_the_benchmark_before_a_catalogued_name_is_one_the_field_uses(extractor):
    found, _ = edges(extractor, "Simplified Fusion", "Using the benchmark IEMOCAP dataset, we design a lightweight "
                                                     "encoder.")
    assert ("usesDataset", "iemocap") in found
    assert ("introducesDataset", "iemocap") not in found


def test_a_title_head_of_a_word_and_a_camel_cased_name(extractor):
    found, _ = edges(extractor, "Spoken DialogSum: An Emotion-Rich Conversational Dataset for Summarization",
                     "We pair raw conversational audio with factual and emotional summaries.")
    assert {e for e in found if "Dataset" in e[0]} == {("introducesDataset", "spoken-dialogsum")}


def test_omg_emotion_by_its_long_name(extractor):
    found, _ = edges(extractor, "Gradual Emotion", "We describe our solution to the One-Minute Gradual-Emotional "
                                                   "Behavior Challenge.")
    assert ("usesDataset", "omg-emotion") in found


def test_channels_listed_as_the_literatures_are_not_the_papers(extractor):
    found, _ = edges(extractor, "Seamless Monitoring of Stress Levels with a Universal Time-Series Model",
                     "In the literature, ECG, actigraphy, speech, voice, and facial analysis have proven effective at "
                     "detecting emotions. This paper presents stress detection from a smartwatch's heart rate.")
    assert not {("usesModality", "speech"), ("usesModality", "face")} & found
    assert ("usesModality", "physio") in found


def test_a_catalogued_name_of_plain_words_before_challenge_in_a_title(extractor):
    found, _ = edges(extractor, "Our Approach to the One-Minute-Gradual Emotion Challenge",
                     "This paper describes our submissions.")
    assert ("usesDataset", "omg-emotion") in found


def test_the_restaurant_and_laptop_sets_of_semeval_2014_by_their_short_names(extractor):
    found, _ = edges(extractor, "Aspect-Level Sentiment", "Experiments on three public benchmark datasets, namely "
                                                          "Rest14, Lap14 and Twitter, show gains.")
    assert ("usesDataset", "semeval-2014-task-4") in found
    assert not {e for e in found if e[1] in ("rest14", "lap14")}


def test_words_of_a_venues_name_are_no_modality(extractor):
    found, _ = edges(extractor, "Valence-Arousal Estimation in the Wild",
                     "We fuse visual features from videos and acoustic features from the audio tracks. The method "
                     "placed second in the challenge held with the IEEE International Conference on Automatic Face "
                     "and Gesture Recognition.")
    assert ("usesModality", "body") not in found
    assert ("usesModality", "video") in found


def test_words_of_a_databases_long_name_are_no_modality(extractor):
    found, _ = edges(extractor, "Spatio-Temporal Representations for Speech Emotion Recognition",
                     "Results on the Chinese Natural Audio-Visual Emotion Database (CHEAVD) show gains.")
    assert ("usesModality", "video") not in found
    assert ("usesModality", "speech") in found


def test_reviews_as_a_verb_and_other_words_are_no_text(extractor):
    found, _ = edges(extractor, "Sensors and Trends of Engagement Estimation",
                     "This article reviews the latest sensors and estimation methods. In other words, engagement "
                     "is stable across contexts.")
    assert ("usesModality", "text") not in found
    found, _ = edges(extractor, "Hotel Ratings", "We classify the polarity of hotel reviews.")
    assert ("usesModality", "text") in found


def test_a_sequence_of_face_images_is_video(extractor):
    found, _ = edges(extractor, "Ensemble of Hankel Matrices for Face Emotion Recognition",
                     "The extraction of appearance features from a sequence of face images yields a set of time "
                     "series.")
    assert {("usesModality", "face"), ("usesModality", "video")} <= found
    assert ("usesModality", "image") not in found


def test_the_interpersonal_circumplex_is_no_model_of_affect(extractor):
    found, _ = edges(extractor, "A Pipeline to Model Engagement",
                     "We model engaging behaviour with the Big Five traits and the Interpersonal Circumplex (IPC).")
    assert not {e for e in found if e[0] == "usesEmotionModel"}
    found, _ = edges(extractor, "Affect", "Emotions are placed on Russell's circumplex model of affect.")
    assert ("usesEmotionModel", "circumplex") in found


def test_a_title_whose_description_opens_with_a_method_names_a_method(extractor):
    found, _ = edges(extractor, "DeepSentiPers: Novel Deep Learning Models Trained Over Proposed Augmented Persian "
                                "Sentiment Corpus", "We propose two architectures.")
    assert not {e for e in found if "Dataset" in e[0]}
    found, _ = edges(extractor, "EmoReact: a multimodal approach and dataset for recognizing emotional responses "
                                "in children", "We introduce a new dataset.")
    assert ("introducesDataset", "emoreact") in found


def test_movie_clips_used_to_induce_a_mood_are_no_modality(extractor):
    found, _ = edges(extractor, "Moods and programmers' performance",
                     "Four movie clips were used to induce programmers' mood. Programmers watched one of the four "
                     "mood evoking video clips, then they debugged code.")
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Movie Emotion", "We classify the emotions of movie clips.")
    assert ("usesModality", "video") in found


def test_videos_watched_while_signals_are_recorded_are_no_modality_even_in_the_title(extractor):
    found, _ = edges(extractor, "Inter-brain EEG Feature Extraction for Emotion Tagging during Video Watching",
                     "We extract inter-brain EEG features from participants when they watch the same emotional "
                     "video clips.")
    assert ("usesModality", "eeg") in found and ("usesModality", "video") not in found
    found, _ = edges(extractor, "Video-triggered EEG-emotion databases: A survey",
                     "Video-triggered emotion recognition with EEG signals is a useful tool.")
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Emotion Recognition from Video and EEG Signals",
                     "We fuse facial video with EEG signals.")
    assert {("usesModality", "eeg"), ("usesModality", "video")} <= found


def test_an_editions_year_stands_before_what_it_is():
    from kg.ids import dataset_iri

    assert dataset_iri("CLPsych Shared Task 2024") == dataset_iri("CLPsych 2024 Shared Task")
    assert dataset_iri("MSP-Podcast SER Challenge 2024") == dataset_iri("MSP-Podcast SER 2024 Challenge")
    assert dataset_iri("CLPsych 2024 Shared Task") != dataset_iri("CLPsych 2022 Shared Task")


def test_a_semeval_year_is_the_task_the_paper_numbers(extractor):
    found, _ = edges(extractor, "IronyMagnet at SemEval-2018 Task 3: A Siamese network for Irony detection",
                     "This paper describes our system for the 3rd Task of the SemEval 2018 workshop.")
    datasets = {t for p, t in found if "Dataset" in p}
    assert datasets == {"semeval-2018-task-3"}
    found, _ = edges(extractor, "Emotion Intensity in Tweets", "We evaluate on the SemEval 2018 data.")
    assert ("usesDataset", "semeval-2018-task-1") in found  # the catalogue's one emotion task of that year
    found, _ = edges(extractor, "ELiRF-UPV at SemEval-2018 Tasks 1 and 3: Affect and Irony Detection in Tweets",
                     "We describe our participation.")
    assert {("usesDataset", "semeval-2018-task-1"), ("usesDataset", "semeval-2018-task-3")} <= found


def test_shared_tasks_named_by_a_workshop_and_its_venue(extractor):
    found, _ = edges(extractor, "Cordyceps@LT-EDI: Depression Detection with Reddit and Self-training",
                     "We demonstrate our framework on the LT-EDI@RANLP 2023 shared task.")
    assert ("usesDataset", "ranlp-2023") not in found  # a conference, not data
    found, _ = edges(extractor, "Detecting Moments of Change",
                     "This paper describes the system proposed for the Computational Linguistics and Clinical "
                     "Psychology (CLPsych) Shared Task 2022.")
    assert ("usesDataset", "clpsych-2022") in found
    found, _ = edges(extractor, "YNU-HPCC at WASSA-2023 Shared Task 1: Large-scale Language Model",
                     "This paper describes our system.")
    assert {t for p, t in found if "Dataset" in p} == {"wassa-2023-shared-task"}
    found, _ = edges(extractor, "NYCU-NLP at EXALT 2024: Assembling Large Language Models",
                     "This study describes our system for the EXALT shared task.")
    assert ("usesDataset", "wassa-2024-exalt-shared-task") in found


def test_kinds_of_data_listed_or_missing_are_background(extractor):
    found, _ = edges(extractor, "CNN for Emotion Analysis in Tamil",
                     "There are several types of data where emotion recognition can be employed, such as text, "
                     "images, audio and video. We classify the emotions of Tamil comments.")
    assert {t for p, t in found if p == "usesModality"} == {"text"}
    found, _ = edges(extractor, "Emotion Analysis of Conversations",
                     "Identifying emotions from a textual conversation is hard due to the absence of gestures, vocal "
                     "intonation, and facial expressions.")
    assert {t for p, t in found if p == "usesModality"} == {"text"}
    found, _ = edges(extractor, "Elder Depression Detection by Multimodal Means",
                     "The model processes the input with multiple forms of data, such as text, audio, and video.")
    assert {"text", "speech", "video"} <= {t for p, t in found if p == "usesModality"}


def test_films_people_hold_opinions_about_and_less_spoken_languages_are_no_channels(extractor):
    found, _ = edges(extractor, "Emotions in Tamil Text",
                     "People turn to social media to express their emotions, opinions or feelings about news, movies, "
                     "products, services, and so on. Finding tools for less spoken languages like Tamil is difficult.")
    assert not {t for p, t in found if p == "usesModality"} & {"video", "speech"}


def test_a_team_at_a_workshops_shared_task_uses_its_data(extractor):
    found, _ = edges(extractor, "SCUDS at ROCLING-2021 Shared Task: Using Pretrained Model for Dimensional Sentiment "
                                "Analysis", "We predict valence-arousal scores.")
    assert ("usesDataset", "rocling-2021") in found
    found, _ = edges(extractor, "JN-NLP at SIGHAN-2024 dimABSA Task: Extraction of Sentiment Intensity Quadruples",
                     "We describe our system.")
    assert ("usesDataset", "sighan-2024-dimabsa") in found


def test_a_titled_name_for_corpora_and_an_appositive_lexicon_with_commas(extractor):
    found, _ = edges(extractor, "HindiMD: A Multi-domain Corpora for Low-resource Sentiment Analysis", "We release it.")
    assert ("introducesDataset", "hindimd") in found
    found, _ = edges(extractor, "PyPlutchik: visualising and comparing emotion-annotated corpora", "A Python module.")
    assert not {e for e in found if "Dataset" in e[0]}
    found, _ = edges(extractor, "Economic Sentiment",
                     "We evaluate SentiEcon, a large, comprehensive, domain-specific computational lexicon.")
    assert {t for p, t in found if "Dataset" in p} == {"sentiecon"}


def test_dimensional_sentiment_and_evaluation_potency_activity_are_vad(extractor):
    found, _ = edges(extractor, "CYUT at ROCLING-2021 Shared Task: Based on BERT and MacBERT",
                     "This paper presents a description for the ROCLING 2021 shared task in dimensional sentiment "
                     "analysis for educational texts.")
    assert ("usesEmotionModel", "vad") in found
    found, _ = edges(extractor, "Affection Driven Neural Networks for Sentiment Analysis",
                     "The lexicon holds vectors of three-dimensional attributes in Evaluation, Potency, and Activity.")
    assert ("usesEmotionModel", "vad") in found
    found, _ = edges(extractor, "Sentiment Indicators", "We propose multi-dimensional sentiment indicators.")
    assert ("usesEmotionModel", "vad") not in found


def test_valence_and_arousal_written_apart_are_the_dimensional_model_not_a_prediction(extractor):
    """"the 'minor second' is a direct predictor of negative valence" ... "tempo modulate levels of arousal": the
    two dimensions in different sentences are the model measured; a prior work's valence is not the paper's."""
    found, _ = edges(extractor, "Emotional responses to Hindustani raga music",
                     "Our results showed that the minor second is a direct predictor of negative valence. Rhythmic "
                     "regularity and tempo modulate levels of arousal.")
    others, _ = edges(extractor, "Mood and Music",
                      "Previous studies have measured valence. We study how tempo modulates levels of arousal.")
    assert ("usesEmotionModel", "vad") in found
    assert not any(p == "addressesTask" and "dimensional" in t for p, t in found)
    assert ("usesEmotionModel", "vad") not in others


def test_a_state_of_work_read_from_signals_or_faces_is_no_feeling(extractor):
    """Fatigue, vigilance and engagement read from EEG or faces are states of work: no emotion recognition task,
    unless the title names an affect."""
    eeg, _ = edges(extractor, "EEG-based mental fatigue assessment during driving by using sample entropy",
                   "This paper presents a system to determine whether a driver is fatigued during real driving based "
                   "on 14-channel EEG signals. Emotional and mental states affect driving safety.")
    face, _ = edges(extractor, "Engagement Measurement Based on Facial Landmarks",
                    "We estimate the engagement of students from facial landmarks and their expressions in videos.")
    feeling, _ = edges(extractor, "EEG-based emotion recognition during driving",
                       "We recognise drivers' emotions from EEG signals.")
    tasks = lambda found: {t for p, t in found if p == "addressesTask"}  # noqa: E731
    assert not tasks(eeg) & {"physiological-emotion-recognition", "multimodal-emotion-recognition"}
    assert "facial-expression-recognition" not in tasks(face)
    assert "physiological-emotion-recognition" in tasks(feeling)


@pytest.mark.parametrize("sentence, video", [
    ("Multimodal sentiment analysis jointly exploits textual, acoustic, and visual signals.", True),
    ("We predict empathic responses from audio, text, and visual features.", True),
    ("Physiological signals are more objective than traditional visual, audio or text data based methods.", False),
    ("We learn the affective correspondence between audio (music) and visual data (images).", False)])
def test_text_audio_and_visual_listed_as_signals_or_features_are_the_three_channels(extractor, sentence, video):
    found, _ = edges(extractor, "Multimodal Emotion", sentence)
    assert (("usesModality", "video") in found) is video


def test_a_robots_or_avatars_face_shows_expressions_it_does_not_recognise_them(extractor):
    shown, _ = edges(extractor, "An Emotional Model for a Social Robot",
                     "The emotions generate a response through the robot's heartbeat, facial expression, and tail.")
    read, _ = edges(extractor, "Affective Feedback in Robot-Assisted Learning",
                    "The robot monitored the participants' emotional state via their facial expressions.")
    assert ("addressesTask", "facial-expression-recognition") not in shown
    assert ("addressesTask", "facial-expression-recognition") in read


def test_rated_stimuli_and_word_norms_are_annotation_not_prediction(extractor):
    """"Normative data for 180 affective sounds ..." collects ratings of stimuli: an annotation's making, and the
    valence and arousal people gave are not a prediction; "Norms of arousal and valence for 908 Portuguese words" the
    same for words."""
    sounds, _ = edges(extractor, "Normative data for 180 affective sounds from the Expanded version of the "
                      "International Affective Digitized Sounds on an Argentinian Sample",
                      "Participants rated the sounds for valence, arousal and dominance. We estimate their norms.")
    words, _ = edges(extractor, "Norms of arousal and valence for 908 Portuguese words",
                     "We collected ratings of valence and arousal for 908 words to predict word recognition.")
    models, _ = edges(extractor, "Large Language Models are Highly Aligned with Human Ratings of Emotional Stimuli",
                      "We compare model ratings with human ratings of valence and arousal.")
    tasks = lambda found: {t for p, t in found if p == "addressesTask"}  # noqa: E731
    assert "emotion-annotation-methodology" in tasks(sounds) & tasks(words)
    assert not (tasks(sounds) | tasks(words)) & {"dimensional-affect-prediction", "text-emotion-recognition"}
    assert "emotion-annotation-methodology" not in tasks(models)


def test_a_campaign_year_then_what_the_shared_task_was_in_lower_case(extractor):
    found, _ = edges(extractor, "Classification of mental health forum posts",
                     "We detail our approach to the CLPsych 2016 triage of mental health forum posts shared task.")
    assert ("usesDataset", "clpsych-2016") in found


def test_clinicians_appraisals_are_judgements_not_appraisal_theory(extractor):
    found, _ = edges(extractor, "Identifying Social Media Markers of Schizophrenia",
                     "A linguistic classifier is combined with clinical appraisals. Results were compared to expert "
                     "appraisals on unseen users.")
    assert ("usesEmotionModel", "appraisal") not in found


@pytest.mark.parametrize("title, abstract, detected", [
    ("LLMs Simulate Big Five Personality Traits", "We test whether LLMs simulate Big Five personality traits.", False),
    ("Do LLMs Possess a Personality?", "We give the model's personality the MBTI, a widespread human personality "
     "assessment tool.", False),
    ("Personality Prediction from Life Stories", "We predict the Big Five personality of narrators with language "
     "models.", True)])
def test_a_language_models_own_personality_is_not_detected(extractor, title, abstract, detected):
    found, _ = edges(extractor, title, abstract)
    assert (("addressesTask", "personality-detection") in found) is detected


def test_a_study_of_people_perceiving_emotions_recognises_none_by_machine(extractor):
    people, _ = edges(extractor, "Vocal Emotion Perception in Children Using Cochlear Implants",
                      "Children listened to emotional speech and named the emotion they heard.")
    corpus, _ = edges(extractor, "MSP-IMPROV: An Acted Corpus of Dyadic Interactions to Study Emotion Perception",
                      "The corpus holds emotional speech recorded from actors.")
    assert ("addressesTask", "speech-emotion-recognition") not in people
    assert ("addressesTask", "speech-emotion-recognition") in corpus


def test_visual_emotion_analysis_of_videos_reads_no_still_image(extractor):
    video, _ = edges(extractor, "Visual Emotion Analysis of Short Videos",
                     "We analyse the emotions that short videos evoke in viewers, frame by frame.")
    still, _ = edges(extractor, "Visual Emotion Analysis", "We predict the emotions that artworks evoke in viewers.")
    assert ("usesModality", "video") in video and ("usesModality", "image") not in video
    assert ("usesModality", "image") in still


def test_a_teams_workshop_in_the_title_is_no_data_unless_the_abstract_names_it(extractor):
    title_only, _ = edges(extractor, "Wictory@DravidianLangTech 2025: Political Sentiment Analysis of Tamil Tweets",
                          "We classify Tamil political tweets with LaBSE embeddings and an SVM.")
    named, _ = edges(extractor, "Hermes@DravidianLangTech 2025: Sentiment Analysis of Dravidian Languages",
                     "This paper describes our system for the DravidianLangTech 2025 shared task on sentiment.")
    task, _ = edges(extractor, "XinHai@CLPsych 2024 Shared Task: Prompting Healthcare-oriented LLMs",
                    "We extract evidence of suicide risk with prompted language models.")
    assert not any("Dataset" in p for p, _ in title_only)
    assert ("usesDataset", "dravidianlangtech-2025") in named
    assert any(t.startswith("clpsych-2024") for p, t in task if "Dataset" in p)


def test_sentiment_analysis_that_names_no_channel_reads_text(extractor):
    found, _ = edges(extractor, "Making the Best Use of Review Summary for Sentiment Analysis",
                     "Many review websites allow a user to enter a summary in addition to a full review. We propose "
                     "a hierarchically-refined review-centric attention model.")
    assert ("usesModality", "text") in found
    found, _ = edges(extractor, "Multimodal Phased Transformer for Sentiment Analysis",
                     "We fuse the modalities with a phased transformer for sentiment analysis.")
    assert ("usesModality", "text") not in found


def test_data_the_authors_name_or_present_with_a_hyphenated_description_is_introduced(extractor):
    found, _ = edges(extractor, "Towards Exploiting Sticker for Multimodal Sentiment Analysis",
                     "To this end, we present a Chinese sticker-based multimodal dataset for the sentiment analysis "
                     "task (CSMSA).")
    assert ("introducesDataset", "csmsa") in found
    found, _ = edges(extractor, "Multimodal Multiparty Humor Recognition",
                     "We name it Sentiment, Humor, and Emotion aware Multilingual Multimodal Multiparty Dataset "
                     "(SHEMuD). Experimental results on the SHEMuD show the efficacy.")
    assert ("introducesDataset", "shemud") in found


@pytest.mark.parametrize("title, name", [
    ("tWT–WT: A Dataset to Assert the Role of Target Entities for Detecting Stance of Tweets", "twt-wt"),  # en dash
    ("Loneliness Episodes: A Japanese Dataset for Loneliness Detection and Analysis", "loneliness-episodes"),
    ("x-enVENT: A Corpus of Event Descriptions with Appraisal Annotations", "x-envent"),
])
def test_a_titled_name_in_two_words_or_with_an_inner_dash_is_one_name(extractor, title, name):
    found, _ = edges(extractor, title, "We describe it.")
    assert {t for p, t in found if p == "introducesDataset"} == {name}


@pytest.mark.parametrize("title, abstract", [
    ("Understanding Emotions: A Dataset of Tweets to Study Interactions", "We collect tweets."),  # a gerund
    ("Touchy Feely: An Emotion Recognition Challenge", "We discuss why emotions are hard to read."),
    ("Strategic Analysis: IsamasRed Dataset", "We present a compiled dataset–IsamasRed–comprising 400,000 posts."),
])
def test_two_titled_words_name_data_only_before_a_data_noun(extractor, title, abstract):
    found, _ = edges(extractor, title, abstract)
    assert not {t for p, t in found if "Dataset" in p} - {"isamasred"}


@pytest.mark.parametrize("abstract, found_ids", [
    ("Experiments on SemEval 2014/2015/2016 datasets show gains.", {"semeval-2014", "semeval-2015", "semeval-2016"}),
    ("Experiments on the SemEval-2014/15 datasets show gains.", {"semeval-2014", "semeval-2015"}),
    ("In 2014/2015 data were collected from forums.", set()),  # years, not editions of anything
    ("It gives the best result on the datasets from SemEval 2014, 2015 and 2016.",
     {"semeval-2014", "semeval-2015", "semeval-2016"}),  # years listed, the data noun before the name
    ("We compare the SemEval 2014 and 2015 datasets.", {"semeval-2014", "semeval-2015"}),
    ("Posts from WASSA 2014 and 2015 were read.", set()),  # no data noun: not said to be data
])
def test_editions_listed_by_slashed_years_are_each_a_dataset(extractor, abstract, found_ids):
    found, _ = edges(extractor, "Aspect Term Extraction with Positional Embeddings", abstract)
    assert {t for p, t in found if "Dataset" in p} == found_ids


def test_a_titled_name_is_not_a_preposition_and_a_model_named_after_it_leaves_it_data(extractor):
    found, _ = edges(extractor, "Beyond Emotion: A Multi-Modal Dataset for Human Desire Understanding",
                     "We present the first multi-modal dataset for desire understanding.")
    assert "beyond-emotion" not in {t for p, t in found}
    # "the model ScANER" names a model; it does not make the title's "ScAN" one
    found, _ = edges(extractor, "ScAN: Suicide Attempt and Ideation Events Dataset",
                     "We also provide a strong baseline model ScANER. ScAN and ScANER are publicly available.")
    assert ("introducesDataset", "scan") in found


@pytest.mark.parametrize("abstract, expected", [
    ("Experiments on SemEval 2014 show that our framework predicts the sentiment of aspects.",
     {("usesDataset", "semeval-2014")}),
    ("The new dataset, CHinese Emotion Recognition dataset with Modality-wise Annotations, abbreviated as CHERMA, "
     "provides uni-modal labels.", {("introducesDataset", "cherma")}),
    ("Furthermore, a high-quality ChatASU dataset is annotated to evaluate TSA.", {("introducesDataset", "chatasu")}),
    ("An English dataset was built from forum posts.", set()),
])
def test_data_evaluated_on_by_year_or_named_as_it_is_made(extractor, abstract, expected):
    found, _ = edges(extractor, "Aspect Sentiment Understanding with Large Language Models", abstract)
    assert {e for e in found if "Dataset" in e[0]} == expected


@pytest.mark.parametrize("title, abstract, expected", [
    ("Generalizable Sarcasm Detection is Just Around the Corner, of Course!",
     "We fine-tune models on four sarcasm datasets and test them across datasets.", {"text"}),
    ("Multimodal Sarcasm Detection with Cross-Modal Fusion", "We fuse the features of both.", set()),
])
def test_sarcasm_detection_that_names_no_channel_reads_text(extractor, title, abstract, expected):
    found, _ = edges(extractor, title, abstract)
    assert {t for p, t in found if p == "usesModality"} == expected


def test_a_test_set_the_paper_introduces_is_data_and_ood_is_no_name(extractor):
    found, _ = edges(extractor, "Multimodal Sarcasm Detection with Large Language Models",
                     "To assess generalization, we introduce an OOD test set, RedEval. Our method achieves SOTA "
                     "performance on the in-domain MMSD2.0 and OOD RedEval datasets.")
    assert ("introducesDataset", "redeval") in found
    assert "ood" not in {t for p, t in found}


@pytest.mark.parametrize("title, abstract, detected", [
    ("Personality Vector: Modulating Personality of Large Language Models by Model Merging",
     "We propose a method for personality modulation in LLMs, so that they exhibit Big Five personality traits.", False),
    ("Exploring the Impact of Personality Traits on LLM Bias and Toxicity",
     "This study explores how assigning different Big Five personality traits to LLMs affects their outputs.", False),
    ("Evaluating LLM Alignment on Personality Inference from Real-World Interview Data",
     "We test how well LLMs infer the Big Five personality traits of people from interview transcripts.", True),
])
def test_the_personality_of_language_models_is_not_personality_detection(extractor, title, abstract, detected):
    found, _ = edges(extractor, title, abstract)
    assert (("addressesTask", "personality-detection") in found) == detected


@pytest.mark.parametrize("title, video", [
    ("NollySenti: Transfer Learning for Nigerian Movie Sentiment Classification", False),  # reviews of films
    ("Quantum Cognitively Motivated Decision Fusion for Video Sentiment Analysis", True),   # the videos themselves
])
def test_movie_sentiment_is_read_from_reviews_video_sentiment_from_videos(extractor, title, video):
    found, _ = edges(extractor, title, "We classify the sentiment of each item.")
    assert (("usesModality", "video") in found) == video


def test_the_visual_modality_beside_images_is_the_images(extractor):
    found, _ = edges(extractor, "Multi-Modal Sarcasm Detection via Cross-Modal Graph Convolutional Network",
                     "We detect sarcasm in tweets from the text and the image modality, building a graph that links "
                     "the textual and visual modalities.")
    assert {t for p, t in found if p == "usesModality"} == {"text", "image"}
    found, _ = edges(extractor, "Multimodal Emotion Recognition", "We fuse the acoustic and visual modalities of "
                     "each utterance and the image of the speaker.")
    assert ("usesModality", "video") in found  # beside sound, the visual stream is a video's


@pytest.mark.parametrize("title, sentiment", [
    ("Rationale-based Opinion Summarization", False),
    ("Polarity Calibration for Opinion Summarization", True),
])
def test_opinion_summarisation_is_sentiment_analysis_only_when_its_title_weighs_sentiment(extractor, title, sentiment):
    found, _ = edges(extractor, title, "We summarise the opinions in product reviews and analyse their sentiment.")
    assert (("addressesTask", "sentiment-analysis") in found) == sentiment
    assert ("usesModality", "text") in found


@pytest.mark.parametrize("title, abstract, modality", [
    ("Informative and Controllable Opinion Summarization",
     "Opinion summarization generates summaries for a set of reviews about a specific target (e.g., a movie or a "
     "product).", "video"),
    ("A Few Topical Tweets are Enough for Effective User Stance Detection",
     "Stance detection on vocal Twitter users, who have many tweets on a target, works well.", "speech"),
])
def test_a_reviewed_film_and_outspoken_users_are_no_channel(extractor, title, abstract, modality):
    found, _ = edges(extractor, title, abstract)
    assert ("usesModality", modality) not in found


def test_a_hyphenated_multi_modal_before_a_name_describes_the_data(extractor):
    found, _ = edges(extractor, "Sentiment and Emotion aware Dialogue Act Classification",
                     "We extend the newly released multi-modal EMOTyDA dataset with sentiment tags.")
    assert ("usesDataset", "emotyda") in found


def test_words_in_brackets_after_a_name_spell_it_whatever_their_initials(extractor):
    """"MIDAS (Motivational Interviewing Dataset in Spanish)" is MIDAS; "the Multilingual Emotional Football Corpus,
    (MEmoFC)" is MEmoFC; the last word of a longer name ("IIIT-H TEMD (...)") is not taken alone."""
    found, _ = edges(extractor, "Examining Spanish Counseling with MIDAS", "We introduce MIDAS (Motivational "
                     "Interviewing Dataset in Spanish), a counseling dataset created from public video sources.")
    assert {t for p, t in found if "Dataset" in p} == {"midas"}
    found, _ = edges(extractor, "Football Reports", "This paper introduces a new corpus of paired football match "
                     "reports, the Multilingual Emotional Football Corpus, (MEmoFC), which has been collected.")
    assert {t for p, t in found if "Dataset" in p} == {"memofc"}
    found, _ = edges(extractor, "Telugu Emotional Speech", "A new emotional speech database named IIIT-H TEMD "
                     "(International Institute of Information Technology-Hyderabad Telugu Emotional Database) "
                     "is collected.")
    assert "temd" not in {t for p, t in found}


def test_titled_words_set_off_after_a_named_dataset_describe_it(extractor):
    found, _ = edges(extractor, "C2D2 Dataset: A Resource for the Cognitive Distortion Analysis", "In this paper, we "
                     "present the C2D2 dataset, the first expert-supervised Chinese Cognitive Distortion Dataset, "
                     "which contains 7,500 thoughts.")
    assert {t for p, t in found if "Dataset" in p} == {"c2d2"}


def test_short_plain_names_count_when_the_list_is_counted(extractor):
    """"three benchmarks: Camera, Car and Ele": three names for three datasets, short as they are."""
    found, _ = edges(extractor, "Comparative Opinion Quintuple Extraction", "We evaluate our approach on three "
                     "benchmarks: Camera, Car and Ele.")
    assert {t for p, t in found if p == "usesDataset"} == {"camera", "car", "ele"}
    found, _ = edges(extractor, "Comparative Opinion Quintuple Extraction", "We evaluate our approach on two "
                     "benchmarks: Camera, Car and Ele.")
    assert not {"car", "ele"} & {t for p, t in found}


def test_a_name_of_words_set_off_by_commas_after_new_data_is_one_name(extractor):
    found, _ = edges(extractor, "Inducing Positive Perspectives with Text Reframing", "To facilitate rapid "
                     "progress, we introduce a large-scale benchmark, Positive Psychology Frames, with 8,349 pairs.")
    assert {t for p, t in found if p == "introducesDataset"} == {"positive-psychology-frames"}
    found, _ = edges(extractor, "Video Affect", "We present a database, namely LIRIS-ACCEDE, of 9,800 excerpts.")
    assert not any(t.startswith("namely") for p, t in found)


def test_a_name_introduced_then_said_to_be_a_dataset_in_a_relative_clause(extractor):
    found, _ = edges(extractor, "PanicToCalm: A Proactive Counseling Agent for Panic Attacks", "To address this, we "
                     "introduce Pace, which is a dataset that includes high-distress episodes.")
    assert ("introducesDataset", "pace") in found
    found, _ = edges(extractor, "PanicToCalm", "We introduce Pacer, which is a model trained on the data.")
    assert not {t for p, t in found if "Dataset" in p}


def test_a_name_with_a_short_lower_case_prefix_ends_a_list(extractor):
    found, _ = edges(extractor, "Sentimental Image Generation for Aspect-based Sentiment Analysis", "Extensive "
                     "experiments build a new SOTA performance in ACOS, ASQP and en-Phone datasets.")
    assert {t for p, t in found if p == "usesDataset"} == {"acos", "asqp", "en-phone"}


def test_a_word_spelt_out_in_brackets_after_it_is_a_name(extractor):
    found, _ = edges(extractor, "MIRROR: Multimodal Cognitive Reframing Therapy", "Specifically, we introduce a new "
                     "synthetic dataset, Mirror (Multimodal Interactive Rolling with Resistance), which pairs "
                     "statements with facial images.")
    assert ("introducesDataset", "mirror") in found
    found, _ = edges(extractor, "Cognitive Reframing Therapy", "We introduce a new synthetic dataset, Mirror (made "
                     "of client statements), which pairs statements with facial images.")
    assert ("introducesDataset", "mirror") not in found


def test_amazon_is_data_where_a_pattern_of_data_names_it(extractor):
    found, _ = edges(extractor, "Sentiment Transfer", "With experiments conducted on two well-known public datasets, "
                     "i.e. Yelp and Amazon, we demonstrate that the method works.")
    assert {t for p, t in found if p == "usesDataset"} == {"yelp", "amazon"}
    found, _ = edges(extractor, "Cross-Domain Sentiment Analysis", "We crawled reviews from Amazon and trained BERT.")
    assert "amazon" not in {t for p, t in found}


def test_a_spelt_out_camel_name_and_a_plain_name_after_its_data_noun(extractor):
    found, _ = edges(extractor, "KoCoSa: Korean Context-aware Sarcasm Detection Dataset",
                     "We introduce a new dataset, KoCoSa (Korean Context-aware Sarcasm Detection Dataset), of dialogues.")
    assert {t for p, t in found if "Dataset" in p} == {"kocosa"}
    found, _ = edges(extractor, "Aspect Key Point Analysis for Review Summarization",
                     "Experiments on the popular review dataset Yelp and the review summarization dataset SPACE, "
                     "show that it works.")
    assert {t for p, t in found if p == "usesDataset"} == {"yelp", "space"}
    found, _ = edges(extractor, "Emotion Cause Events: Corpus Construction and Analysis", "We build a corpus.")
    assert "construction" not in {t for p, t in found}  # a title capitalises every word


def test_a_plain_word_the_paper_makes_and_calls_data_is_a_name(extractor):
    found, _ = edges(extractor, "Crisp: Cognitive Restructuring of Negative Thoughts", "With CRDial, we distill Crisp, "
                     "a large-scale and high-quality bilingual dialogue dataset, from LLM.")
    assert ("introducesDataset", "crisp") in found
    found, _ = edges(extractor, "Emotion Recognition of Speakers", "First, a large dataset of speech was recorded.")
    assert not {t for p, t in found if "Dataset" in p}


def test_a_title_framework_the_abstract_calls_a_dataset_is_one(extractor):
    found, _ = edges(extractor, "ReDepress: A Cognitive Framework for Detecting Depression Relapse", "In this work, "
                     "we present ReDepress, the first clinically validated social media dataset focused on relapse.")
    assert ("introducesDataset", "redepress") in found
    found, _ = edges(extractor, "ReDepress: A Cognitive Framework for Detecting Depression Relapse", "In this work, "
                     "we present ReDepress, a framework trained on the clinically validated social media dataset.")
    assert "redepress" not in {t for p, t in found}


def test_the_proposed_method_is_no_introduction(extractor):
    found, _ = edges(extractor, "Enhancing Opinion Role Labeling", "We verify the proposed method on a benchmark MPQA "
                     "corpus.")
    assert ("usesDataset", "mpqa") in found and ("introducesDataset", "mpqa") not in found
    found, _ = edges(extractor, "Opinion Role Labeling", "We then propose a benchmark corpus, MPQA, of news articles.")
    assert ("introducesDataset", "mpqa") in found


def test_a_campaign_name_and_year_before_a_data_noun_is_a_dataset(extractor):
    found, _ = edges(extractor, "Joint Aspect and Polarity Classification", "We conduct experiments with different "
                     "neural architectures on the recent GermEval 2017 dataset.")
    assert ("usesDataset", "germeval-2017") in found


def test_basic_emotions_named_as_a_format_beside_another_is_ekman(extractor):
    found, _ = edges(extractor, "Word Emotion Induction", "The focus has shifted to more expressive emotion "
                     "representation models (such as Basic Emotions or Valence-Arousal-Dominance).")
    assert ("usesEmotionModel", "ekman") in found
    found, _ = edges(extractor, "Word Emotion Induction", "We combine dimensional annotations with categorical ones "
                     "based on Basic Emotions.")
    assert ("usesEmotionModel", "ekman") not in found


def test_a_review_sites_data_named_by_the_site(extractor):
    found, _ = edges(extractor, "Casting the Same Sentiment Classification Problem", "We study the problem using the "
                     "Yelp business review dataset, demonstrating how sentiment data can be reused.")
    assert ("usesDataset", "yelp") in found
    found, _ = edges(extractor, "Sentiment Analysis", "We collect reviews from the Yelp website and build a classifier.")
    assert "yelp" not in {t for p, t in found}


def test_dimensional_sentiment_analysis_is_no_polarity_task_beside_it(extractor):
    title = "NCYU at IJCNLP-2017 Task 2: Dimensional Sentiment Analysis for Chinese Phrases"
    found, _ = edges(extractor, title, "We present phrase-based sentiment detection for dimensional sentiment analysis "
                     "of Chinese phrases, predicting valence and arousal.")
    tasks = {t for p, t in found if p == "addressesTask"}
    assert "dimensional-affect-prediction" in tasks and "sentiment-analysis" not in tasks
    found, _ = edges(extractor, "Dimensional Aspect-Based Sentiment Analysis", "We study dimensional sentiment "
                     "analysis of aspects: aspect-based sentiment detection with valence and arousal.")
    assert "sentiment-analysis" in {t for p, t in found if p == "addressesTask"}


def test_a_dataset_assembled_or_compiled_by_the_paper_is_introduced(extractor):
    """"we assemble Bi-STANCE, a comprehensive bilingual ZSSD dataset ... sourced from existing datasets": the paper
    makes it, though from others' data."""
    found, _ = edges(extractor, "Bilingual Zero-Shot Stance Detection", "To support this research, we assemble "
                     "Bi-STANCE, a comprehensive bilingual ZSSD dataset consisting of over 100,000 annotated text-target "
                     "pairs in both Chinese and English, sourced from existing datasets.")
    assert ("introducesDataset", "bi-stance") in found
    found, _ = edges(extractor, "Emotion in Song Lyrics", "We compiled LyricEmo, a corpus of 2,000 annotated lyrics.")
    assert ("introducesDataset", "lyricemo") in found


def test_a_dataset_generation_framework_named_is_no_dataset(extractor):
    """"we propose a new dataset generation framework for ToM evaluation named AnaToM": the name is the framework's."""
    found, _ = edges(extractor, "Evaluating Theory of Mind Reasoning", "To address this challenge, we propose a new "
                     "dataset generation framework for ToM evaluation named AnaToM.")
    assert "anatom" not in {t for p, t in found}
    found, _ = edges(extractor, "Evaluating Theory of Mind Reasoning", "To address this challenge, we propose a new "
                     "dataset for ToM evaluation named AnaToM.")
    assert ("introducesDataset", "anatom") in found


def test_a_many_dimensional_space_is_no_dimensional_emotion_model(extractor):
    """"a ten-dimensional model", "high-dimensional emotion structures", "Multi-Dimensional Emotion Understanding":
    a size; two or three dimensions, or "multi-dimensional emotion regression", rate valence and arousal."""
    for text in ("We use a ten-dimensional model which allows for the annotation of 51 unique sentiments.",
                 "We compare high-dimensional emotion structures elicited by video clips.",
                 "The system constructed a 10-dimensional emotion feature vector."):
        found, _ = edges(extractor, "Emotion Understanding", text)
        assert ("usesEmotionModel", "vad") not in found, text
    for text in ("We map music in a 3 dimensional emotion space.",
                 "We study the task of multi-dimensional emotion regression for an input text."):
        found, _ = edges(extractor, "Emotion Understanding", text)
        assert ("usesEmotionModel", "vad") in found, text


def test_an_emotion_model_conceded_in_a_leading_despite_clause_is_the_fields(extractor):
    """"Despite the attention to discrete and dimensional models, neuroscientific evidence supports ...": the
    models the field attends to, not the paper's."""
    found, _ = edges(extractor, "Exploring Emotions in Multi-componential Space", "Despite the attention to discrete "
                     "and dimensional models, neuroscientific evidence supports those emotions as being complex.")
    assert ("usesEmotionModel", "vad") not in found
    found, _ = edges(extractor, "Exploring Emotions in Multi-componential Space", "Despite noisy labels, we predict "
                     "emotions in a dimensional model of valence and arousal.")
    assert ("usesEmotionModel", "vad") in found


def test_a_teams_paper_at_a_named_shared_task_without_year(extractor):
    """"MAPROC at AHaSIS Shared Task: Few-Shot ..." uses the shared task's data, as with a year."""
    found, _ = edges(extractor, "MAPROC at AHaSIS Shared Task: Few-Shot and Sentence Transformer for Sentiment "
                     "Analysis", "We fine-tune MARBERT for Arabic sentiment in the hospitality domain.")
    assert ("usesDataset", "ahasis") in found
    found, _ = edges(extractor, "Team at Sentiment Analysis: A Study", "We fine-tune MARBERT for Arabic sentiment.")
    assert not any(p == "usesDataset" for p, _ in found)


def test_peoples_voices_are_what_they_think_not_speech(extractor):
    """"aggregating patient voices", "make their voices heard": opinions; "the actors' voices" are speech."""
    for text in ("Sentiment analysis is an important tool for aggregating patient voices in healthcare.",
                 "The users desired to make their voices heard by competent institutions."):
        found, _ = edges(extractor, "Sentiment of Comments", text)
        assert ("usesModality", "speech") not in found, text
    found, _ = edges(extractor, "Emotion in Acted Speech", "We classify emotions in the voices of ten actors.")
    assert ("usesModality", "speech") in found


def test_the_web_conferences_year_is_a_venue_not_data(extractor):
    """"a FiQA 2018 challenge subtask 1 ... in WWW 2018 shared task": The Web Conference hosted it."""
    found, _ = edges(extractor, "Aspect-Based Sentiment Analysis of Financial Headlines", "We address the problem "
                     "introduced as a FiQA 2018 challenge subtask 1 in WWW 2018 shared task.")
    assert ("usesDataset", "fiqa") in found and not any(t.startswith("www") for _, t in found)


def test_a_numbered_task_of_a_campaigns_challenge_year(extractor):
    """"the dataset from SemEval Challenge 2014 task 4" is SemEval-2014 Task 4, not a challenge of its own."""
    found, _ = edges(extractor, "Recursive Neural Conditional Random Fields for Aspect-based Sentiment Analysis",
                     "Experimental results on the dataset from SemEval Challenge 2014 task 4 show the superiority "
                     "of our proposed model.")
    data = {t for p, t in found if p == "usesDataset"}
    assert "semeval-2014-task-4" in data and "semeval-2014-challenge" not in data


def test_movie_reviews_are_text_about_films_not_video(extractor):
    """A title on movie reviews: the films its abstract names are what the reviews are about."""
    found, _ = edges(extractor, "Sentiment Analysis of Movie Reviews Using BERT", "The paper shows how sentiment "
                     "analysis can be applied if someone wants to recommend a certain movie.")
    assert ("usesModality", "text") in found and ("usesModality", "video") not in found
    found, _ = edges(extractor, "Multimodal Sentiment of Movie Reviews", "We fuse the video frames and the words of "
                     "movie review clips.")
    assert ("usesModality", "video") in found


def test_to_voice_opinions_is_to_say_them(extractor):
    """"one of the most important ways for users to voice opinions": a verb, not the speech signal."""
    found, _ = edges(extractor, "Opinion Pairs Extraction from Reviews", "User reviews have become one of the most "
                     "important ways for users to voice opinions.")
    assert ("usesModality", "speech") not in found
    found, _ = edges(extractor, "Emotion in the Voice", "We detect anger in the voice of callers.")
    assert ("usesModality", "speech") in found


def test_two_parts_of_one_named_dataset_are_not_datasets_of_their_own(extractor):
    """"the Laptop and Restaurant datasets of SemEval-2014-task4": parts of SemEval's data."""
    found, _ = edges(extractor, "Opinion Pairs Extraction", "Experiments were conducted on the Laptop and Restaurant "
                     "datasets of SemEval-2014-task4.")
    data = {t for p, t in found if p == "usesDataset"}
    assert "laptop" not in data and "restaurant" not in data
    found, _ = edges(extractor, "Opinion Pairs Extraction", "Experiments were conducted on the Laptop and Restaurant "
                     "datasets.")
    assert {"laptop", "restaurant"} <= {t for p, t in found if p == "usesDataset"}


def test_data_presented_and_evaluated_is_made_here(extractor):
    """"This paper presents and evaluates EmDComF, a historical corpus": presented, so introduced."""
    found, _ = edges(extractor, "Early Modern Dutch Comedies", "This paper presents and evaluates EmDComF, a historical "
                     "corpus of early modern Dutch comedies.")
    assert ("introducesDataset", "emdcomf") in found
    found, _ = edges(extractor, "Early Modern Dutch Comedies", "This paper presents a model and evaluates it on "
                     "EmDComF, a historical corpus of early modern Dutch comedies.")
    assert ("usesDataset", "emdcomf") in found


def test_speech_written_on_a_platform_and_a_persons_voice_and_opinions(extractor):
    """"analysis of speech used by conspiracy theorists ... on Twitter": written language; "the common man's voice and
    opinions": what people think. Speech heard on a platform ("audio of speakers on YouTube") stays speech."""
    for title, text in (("The language of conspiracy", "We analyse speech used by conspiracy theorists and their "
                         "followers on Twitter."),
                        ("Sentiment in Low-resource Languages", "The modern era sees the common man's voice and "
                         "opinions accessible to the world.")):
        found, _ = edges(extractor, title, text)
        assert ("usesModality", "speech") not in found, text
    found, _ = edges(extractor, "Emotion in Talks", "We recognise emotion in the speech of speakers from YouTube.")
    assert ("usesModality", "speech") in found


def test_a_novel_dataset_the_paper_proposes_is_introduced(extractor):
    """"This paper proposes a novel Hinglish Emoji Prediction (HEP) dataset": proposing new data makes it; "we
    propose a model ... on the X dataset" does not, and a later "propose" leaves an earlier "introduce" standing."""
    found, _ = edges(extractor, "Emoji Prediction", "This paper proposes a novel Hinglish Emoji Prediction (HEP) "
                     "dataset created using Twitter.")
    assert ("introducesDataset", "hep") in found
    found, _ = edges(extractor, "Emoji Prediction", "We propose a model evaluated on the Hinglish Emoji Prediction "
                     "(HEP) dataset.")
    assert ("usesDataset", "hep") in found
    found, _ = edges(extractor, "Emotion Recognition in Sign Language Conversation", "We introduce the ERC task to "
                     "sign language video analysis and propose the eJSL Dialog dataset.")
    assert ("introducesDataset", "ejsl-dialog") in found


def test_there_have_been_numerous_studies_is_others_work(extractor):
    """"There have been numerous studies that employ modalities like audio, images, videos ...": the field's."""
    found, _ = edges(extractor, "An attention approach to emoji focused sarcasm detection", "There have been numerous "
                     "studies that employ modalities like audio, images, videos, emojis or a combination of modalities to "
                     "detect sarcasm. We detect sarcasm in tweets with an emoji attention model.")
    mods = {t for p, t in found if p == "usesModality"}
    assert "image" not in mods and "video" not in mods and "text" in mods


def test_the_faces_of_emojis_are_drawn_not_seen(extractor):
    """"we analyzed the usage of 67 emojis with facial expression": no face is read; "human faces" beside emoji
    faces are."""
    found, _ = edges(extractor, "Emoji-Aware Sentiment Model", "Firstly, we analyzed the usage of 67 emojis with "
                     "facial expression.")
    assert ("usesModality", "face") not in found
    found, _ = edges(extractor, "Cortical processing of human and emoji faces", "P100 amplitudes were larger in "
                     "response to human faces but emoji faces generated larger N170 amplitude.")
    assert ("usesModality", "face") in found


def test_a_catalogued_acronym_naming_the_proposed_method_is_no_dataset(extractor):
    """"we propose a Multi-step Attention and Multi-level Structure network (MAMS)": the method, not the MAMS data."""
    found, _ = edges(extractor, "Multimodal Sentiment Analysis", "In this paper, we propose a Multi-step Attention and "
                     "Multi-level Structure network (MAMS) to address the above problems.")
    assert "mams" not in {t for p, t in found}
    found, _ = edges(extractor, "Aspect Sentiment", "We evaluate our model on the MAMS dataset.")
    assert ("usesDataset", "mams") in found


def test_a_title_naming_its_dataset_after_a_double_hyphen(extractor):
    """"Anubhuti -- An annotated dataset for emotional analysis of Bengali short stories" presents Anubhuti."""
    found, _ = edges(extractor, "Anubhuti -- An annotated dataset for emotional analysis of Bengali short stories",
                     "We describe the corpus and its annotation.")
    assert ("introducesDataset", "anubhuti") in found
    found, _ = edges(extractor, "Anubhuti -- A model for emotional analysis of Bengali short stories",
                     "We describe the model.")
    assert "anubhuti" not in {t for p, t in found}


def test_an_overview_of_a_named_track_at_a_venue(extractor):
    """"PAN at FIRE: Overview of the PR-SOCO Track on ...": the organisers present the PR-SOCO track, not PAN."""
    found, _ = edges(extractor, "PAN at FIRE: Overview of the PR-SOCO Track on Personality Recognition in SOurce COde",
                     "We addressed predicting an author's personality traits from her source code.")
    data = {t for p, t in found if p == "introducesDataset"}
    assert "pr-soco" in data and "pan" not in data


def test_spoken_languages_debate_speeches_and_vocal_movements_are_not_speech(extractor):
    """"the second highest spoken language", "Speech-level Sentiment Analysis of Parliamentary Debates" (the record of
    what was said), "the anti-vaxx movement both more vocal and effective" (outspoken); "vocal pitch" of congressional
    speeches is heard."""
    for title, text in (("Bengali Short Stories", "Bengali is the second highest spoken language in India."),
                        ("Speech-level Sentiment Analysis of Parliamentary Debates", "We compare lexicons."),
                        ("Anti-vaccination Sentiment", "The internet made the anti-vaxx movement both more vocal and "
                                                       "effective.")):
        found, _ = edges(extractor, title, text)
        assert ("usesModality", "speech") not in found, title
    found, _ = edges(extractor, "Pitch Perfect: Vocal Pitch and the Emotional Intensity of Congressional Speech",
                     "We measure small changes in vocal pitch of congressional floor speeches.")
    assert ("usesModality", "speech") in found


def test_utterances_taken_from_movies_are_their_sound_not_video(extractor):
    """"5,100 utterances extracted from 55 Turkish movies": the films' sound; "video clips extracted from movies" are
    seen."""
    found, _ = edges(extractor, "Recognizing emotion from Turkish speech using acoustic features", "A new emotional "
                     "speech database, which includes 5,100 utterances extracted from 55 Turkish movies, was built.")
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Emotion Recognition in the Wild", "We classify short video clips extracted from "
                     "movies.")
    assert ("usesModality", "video") in found


def test_spoken_languages_and_video_platforms_are_not_signals(extractor):
    """"2474 spoken languages", "the Algerian spoken language": languages; "the most popular video-based social media
    platform": where the comments are."""
    for text in ("We estimate emotion semantics across a sample of 2474 spoken languages.",
                 "These comments concern the Algerian spoken language, written in Arabic or Latin characters."):
        found, _ = edges(extractor, "Sentiment of Comments", text)
        assert ("usesModality", "speech") not in found, text
    found, _ = edges(extractor, "Emotion Analysis of Comments", "YouTube is the most popular video-based social media "
                     "platform; we study the emotions of comments.")
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Spoken Emotion", "We recognise emotion in spoken language of call-centre agents.")
    assert ("usesModality", "speech") in found


def test_plain_words_listed_with_a_coined_name_before_a_data_noun_are_names(extractor):
    """"from FakeNewsAMT, Celeb, Politifact and Gossipcop datasets": beside a coined name, plain words in a list of
    three or more are names too; two plain words alone may be a kind of data ("on Stress and Anxiety datasets")."""
    found, _ = edges(extractor, "Emotion-guided Fake News Detection", "We test combinations of source and target "
                     "datasets from FakeNewsAMT, Celeb, Politifact and Gossipcop datasets.")
    assert {("usesDataset", n) for n in ("fakenewsamt", "celeb", "politifact", "gossipcop")} <= found
    found, _ = edges(extractor, "Stress from Text", "We evaluate on Stress, Anxiety and Sadness datasets.")
    assert not {n for p, n in found if p == "usesDataset"}


def test_a_name_after_its_data_noun_ends_before_verify_or_validate(extractor):
    """"experiments on a public released dataset MORE verify the superiority ...": "verify", like "show", is what the
    results do, so the name before it is the dataset."""
    found, _ = edges(extractor, "Multimodal Sarcasm Explanation", "Extensive experiments on a public released dataset "
                     "MORE verify the superiority of our model.")
    assert ("usesDataset", "more") in found


def test_videos_watched_while_signals_are_recorded_are_no_video_modality(extractor):
    """"EEG-based affect decoding from videos": beside brain or body signals, a video of which no frame, face or camera
    is read is what people watched; a paper that reads the faces in the videos reads video."""
    found, _ = edges(extractor, "Efficient Decoding of Affective States from EEG Signals", "We study EEG-based affect "
                     "decoding from videos in arousal and valence classification tasks.")
    assert ("usesModality", "eeg") in found and ("usesModality", "video") not in found
    found, _ = edges(extractor, "Emotion from EEG and Video", "We fuse EEG signals with facial features read from the "
                     "video frames of each participant.")
    assert ("usesModality", "video") in found


def test_the_edition_a_shared_task_is_held_on_is_its_data(extractor):
    """"our submission to the shared task on Dravidian-CodeMix-FIRE2021": the named edition, with its year, is the
    data the team used (a reference number may stand between: "the shared task on [1] ..."); a plain topic after
    "shared task on" names no dataset."""
    for text in ("This paper describes our submission to the shared task on Dravidian-CodeMix-FIRE2021.",
                 "This work has been submitted to the shared task on [1] Dravidian-CodeMix-FIRE 2021."):
        found, _ = edges(extractor, "Sentiment Analysis of Code-Mixed Text", text)
        assert any(p == "usesDataset" and n.startswith("dravidian-codemix-fire") for p, n in found), text
    found, _ = edges(extractor, "Sentiment Analysis of Code-Mixed Text", "We took part in the shared task on Sentiment "
                     "Analysis held in 2021.")
    assert not dataset_names(found)


def test_a_campaigns_year_before_its_name_names_that_edition(extractor):
    """"the first task of the 2015 DEFT challenge": the campaign's edition, year first; a venue's year before a
    challenge's own name is not the challenge ("the 2022 ACII Affective Vocal Burst Challenge")."""
    found, _ = edges(extractor, "Tweet Polarity Classification", "We present our contribution to the first task of "
                     "the 2015 DEFT challenge which dealt with polarity classification of French tweets.")
    assert ("usesDataset", "deft-2015") in found
    found, _ = edges(extractor, "Vocal Bursts", "We took part in the 2022 ACII Affective Vocal Burst Challenge.")
    assert not any(n.startswith("acii") for n in dataset_names(found))


def test_opinion_spam_is_misinformation_detection(extractor):
    """"Review Spam Detection", "Detecting Spam Reviews in Arabic": fake reviews are deceptive content."""
    for title in ("Review Spam Detection Using Machine Learning Techniques", "Detecting Spam Reviews in Arabic",
                  "Detecting Opinion Spam with Language Models"):
        found, _ = edges(extractor, title, "We classify hotel reviews as truthful or not.")
        assert ("addressesTask", "misinformation-detection") in found, title


def test_hateful_speech_is_not_spoken(extractor):
    """"sexism has been considered as a category of hateful speech": what was written, as "hate speech" is."""
    found, _ = edges(extractor, "Detecting Emotions in Sexist Tweets", "While sexism has been considered as a category "
                     "of hateful speech in the literature, we study the emotions of sexist tweets.")
    assert ("usesModality", "speech") not in found


def test_thermal_imaging_reads_images(extractor):
    """"Real-time stress assessment using thermal imaging": a thermal camera's frames are images of skin
    temperature."""
    found, _ = edges(extractor, "Real-time stress assessment using thermal imaging", "We assess stress in real time.")
    assert ("usesModality", "image") in found


def test_text_messages_counted_beside_calls_are_a_phones_logs(extractor):
    """"make and receive fewer calls, and send more text messages": the phone's logs, not words the method reads; a
    paper that classifies the messages' words reads text."""
    found, _ = edges(extractor, "Depression Screening Using Mobile Phone Usage Metadata", "Participants with "
                     "depression make and receive fewer and shorter calls, and send more text messages.")
    assert ("usesModality", "text") not in found
    found, _ = edges(extractor, "Loneliness from Smart Devices", "The data include location, physical motion, text "
                     "messages and calls of students.")
    assert ("usesModality", "text") not in found
    found, _ = edges(extractor, "Emotion in Chat", "We classify the emotions of text messages sent by students.")
    assert ("usesModality", "text") in found


def test_an_animals_voice_is_its_call(extractor):
    """"many animal species reveal their emotional state in their voice", in a paper on piglet calls: calls, not
    human speech, and no speech emotion recognition."""
    found, _ = edges(extractor, "Expression of Emotional Arousal in Two Different Piglet Call Types",
                     "Humans as well as many animal species reveal their emotional state in their voice.")
    assert ("usesModality", "speech") not in found
    assert ("addressesTask", "speech-emotion-recognition") not in found


def test_affect_from_typing_or_the_mouse_reads_no_modality(extractor):
    """"Reading Emotion From Mouse Cursor Motions": the faces, voices and signals its abstract names are the field's;
    a title that names a modality beside the keyboard keeps it."""
    found, _ = edges(extractor, "Reading Emotion From Mouse Cursor Motions", "Affective computing research has "
                     "advanced emotion recognition using facial expressions, voices, gaits, and physiological signals, "
                     "yet these methods are often impractical. We read emotions from cursor motions.")
    assert not {n for p, n in found if p == "usesModality"}
    found, _ = edges(extractor, "Non-Acted Text and Keystrokes Database", "We collect texts and keystrokes.")
    assert ("usesModality", "text") in found


def test_a_challenges_edition_in_brackets_after_its_long_name(extractor):
    """"the Semi-Supervised Multimodal Emotion Recognition Challenge (MER2023-SEMI)": the edition, by the short form
    with its year; a series without one ("Computational Paralinguistics Challenge (ComParE)") and a challenge's
    feature set are not."""
    found, _ = edges(extractor, "Semi-Supervised Emotion Recognition", "This paper presents our solution for the "
                     "Semi-Supervised Multimodal Emotion Recognition Challenge (MER2023-SEMI), with few labels.")
    assert ("usesDataset", "mer2023-semi") in found
    for text in ("We use the features of the Computational Paralinguistics Challenge (ComParE) on our data.",
                 "We use the well known feature set introduced in the Interspeech 2010 Paralinguistics Challenge "
                 "(I2010PC)."):
        found, _ = edges(extractor, "Speech Emotion", text)
        assert not dataset_names(found), text


def test_deceptive_opinions_are_misinformation_detection(extractor):
    """"Classification of deceptive opinions": fake reviews, read as deceptive content."""
    found, _ = edges(extractor, "Classification of deceptive opinions using a low dimensionality representation",
                     "We classify opinions with a Support Vector Machines classifier.")
    assert ("addressesTask", "misinformation-detection") in found


def test_a_titled_dataset_name_may_hold_a_preposition(extractor):
    """"the multimodal corpora Stress at Service Desk Dataset and ...": "at", "in", "of" between capitalised words
    are part of the name."""
    found, _ = edges(extractor, "Aggression Detection in Speech", "Audio files from the multimodal corpora Stress at "
                     "Service Desk Dataset and others were used to train the models.")
    assert ("usesDataset", "stress-at-service-desk") in found
    assert ("usesDataset", "service-desk") not in found


def test_a_titled_name_before_a_lower_case_data_noun_may_hold_a_preposition(extractor):
    """"the Images of Groups dataset": "of" between capitalised words before "dataset" is part of the name."""
    found, _ = edges(extractor, "Group Emotion", "The system is tested over two benchmark datasets, namely the "
                     "Gallagher collection person dataset and the Images of Groups dataset.")
    assert ("usesDataset", "images-of-groups") in found
    assert ("usesDataset", "groups") not in found


def test_videos_that_only_hold_the_comments_read_are_not_video(extractor):
    """"comments under YouTube videos ... the quality of videos": the paper reads the comments, never the pictures;
    a paper that also reads the frames keeps video."""
    abstract = ("We analyse comments under YouTube videos and predict the quality of videos from their "
                "sentiment. 18000 comments are collected from 60 videos.")
    found, _ = edges(extractor, "Sentiment Analysis on YouTube Data", abstract)
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Sentiment Analysis on YouTube Data", abstract + " Visual features of the frames "
                     "are fused with the comments.")
    assert ("usesModality", "video") in found


def test_the_acoustic_words_of_a_soundscape_paper_are_not_speech(extractor):
    """"the acoustic comfort of a dwelling", "a 10 minute audio track of ASMR triggers": the sounds of places and
    things, not anyone's speech; a speech paper in a noisy place keeps speech."""
    found, _ = edges(extractor, "Prediction of the acoustic comfort of a dwelling based on automatic sound event "
                     "detection", "We evaluate the soundscape quality of dwellings from acoustic features.")
    assert ("usesModality", "speech") not in found
    found, _ = edges(extractor, "Relaxing Stimuli", "Participants listened to a 10 minute audio track of ASMR triggers.")
    assert ("usesModality", "speech") not in found
    found, _ = edges(extractor, "Emotion in Call Centres", "We recognise emotion from acoustic features of calls "
                     "recorded with traffic noise in the background.")
    assert ("usesModality", "speech") in found


def test_voices_raised_or_written_online_are_views_not_speech(extractor):
    """"to raise our voice against social injustices", "the voice raised by victims", "Neutral Voices in Online
    Depression Discourse": what people say in writing, not a voice heard."""
    for title, abstract in (("Tweets amid the Me Too Movement", "Twitter has become a tool to raise our voice against "
                             "injustice. We analyse the voice raised by victims of harassment."),
                            ("Optimistic and Neutral Voices in Online Depression Discourse",
                             "We classify posts from depression forums.")):
        found, _ = edges(extractor, title, abstract)
        assert ("usesModality", "speech") not in found
    found, _ = edges(extractor, "Emotion in the Voice", "We classify the emotions of voices recorded in a studio.")
    assert ("usesModality", "speech") in found


def test_a_model_validated_against_a_dataset_is_not_one(extractor):
    """"The GNN was validated against the AMIGOS dataset": the subject of "was ... against" is the model."""
    found, _ = edges(extractor, "Emotion Recognition from Physiological Channels Using Graph Neural Networks",
                     "We adapt a graph network. The GNN was validated against the AMIGOS dataset.")
    names = dataset_names(found)
    assert "amigos" in names and "gnn" not in names


def test_benchmark_datasets_listed_after_new_data_are_used(extractor):
    """"on a newly created instructor's dataset plus three benchmark facial datasets, i.e., JAFFE and FER2013": the
    benchmarks are the field's, used; only the new data are made here."""
    found, _ = edges(extractor, "Facial Expression Recognition of Instructors", "Experiments are conducted on a newly "
                     "created instructor's facial expression dataset plus three benchmark facial datasets, i.e., "
                     "CK+, the JAFFE dataset, and the FER2013 dataset.")
    assert ("usesDataset", "jaffe") in found and ("introducesDataset", "jaffe") not in found
    assert ("usesDataset", "fer2013") in found


def test_voice_assistants_and_the_voice_of_customers_are_not_speech(extractor):
    """"The impact of voice assistants' attributes on consumer well-being", "transforming the voice of customers into
    engineering features": a device people talk to, and what customers want; no voice is heard."""
    for title, abstract in (("The impact of voice assistants' intelligent attributes on consumer well-being",
                             "We survey 300 users of voice assistants."),
                            ("Emotional Design", "Quality functional deployment transforms the voice of customers "
                             "into engineering features.")):
        found, _ = edges(extractor, title, abstract)
        assert ("usesModality", "speech") not in found
    found, _ = edges(extractor, "Emotion for Voice Assistants", "We recognise emotion in the user's voice for voice "
                     "assistants.")
    assert ("usesModality", "speech") in found


def test_chinese_and_other_messaging_platforms_are_not_datasets(extractor):
    """"the cache was processed by Python to get the WeChat dataset": WeChat is where the texts come from, as Twitter
    and Weibo are."""
    found, _ = edges(extractor, "Sentiment of WeChat Moments", "The cache was processed to get the WeChat dataset. "
                     "We also test on the Bilibili dataset.")
    names = dataset_names(found)
    assert not names & {"wechat", "bilibili"}


def test_the_linguistic_attributes_of_a_sign_language_are_not_text(extractor):
    """"the avatars are lacking various linguistic attributes" of sign language: nothing written is read."""
    found, _ = edges(extractor, "Emotional facial expressions in synthesised sign language avatars",
                     "Deaf signers rated the avatars. The avatars are lacking various linguistic attributes.")
    assert ("usesModality", "text") not in found
    found, _ = edges(extractor, "Sign language tweets", "We analyse linguistic features of tweets about sign language.")
    assert ("usesModality", "text") in found


def test_music_played_while_movement_is_read_is_not_music_read(extractor):
    """"Real-Time Emotion Detection from pianists' motion sensors": the music is what they play; the method reads
    their movement, as it reads the heart of a listener. A paper that analyses the audio keeps music."""
    found, _ = edges(extractor, "Toward an Emotionally Intelligent Piano",
                     "We detect a pianist's emotion from the body movement recorded while playing music.")
    assert ("usesModality", "music") not in found
    found, _ = edges(extractor, "Toward an Emotionally Intelligent Piano",
                     "We detect a pianist's emotion from body movement and the audio of the music played.")
    assert ("usesModality", "music") in found


def test_data_we_call_by_a_name_are_introduced(extractor):
    """"a finely annotated dataset of movie recommendation conversations, which we call MovieSent": made and named
    here; a model we call by a name is no data."""
    found, _ = edges(extractor, "Movie Preferences", "We build a finely annotated dataset of movie recommendation "
                     "conversations, which we call MovieSent.")
    assert ("introducesDataset", "moviesent") in found
    found, _ = edges(extractor, "Emotion Models", "We propose a model which we call EmoNet and test it on IEMOCAP.")
    assert not {n for p, n in found if p == "introducesDataset"}


def test_two_named_datasets_made_in_a_pair_are_both_introduced(extractor):
    """"We constructed two datasets, called EmoMusicLJ and EmoMusicLJ-small, to validate": plural data, two names."""
    found, _ = edges(extractor, "Music Recommendation", "We constructed two datasets, called EmoMusicLJ and "
                     "EmoMusicLJ-small, to validate our method.")
    assert {("introducesDataset", "emomusiclj"), ("introducesDataset", "emomusiclj-small")} <= found


def test_established_datasets_are_the_fields(extractor):
    """"using two established datasets: MELD and IEMOCAP": "established" describes them; nothing is made here."""
    found, _ = edges(extractor, "Emotion Recognition in Conversation with Prompting", "We assessed an LLM in emotion "
                     "recognition using two established datasets: MELD and IEMOCAP.")
    assert {("usesDataset", "meld"), ("usesDataset", "iemocap")} <= found
    assert not {n for p, n in found if p == "introducesDataset"}


def test_a_titled_dataset_name_may_hold_and(extractor):
    """"a dataset called the Group and Scene Emotions Dataset": "and" between capitalised words is part of the name;
    two names each with its own data noun stay two ("the Reddit Meme Dataset and Memotion Dataset")."""
    found, _ = edges(extractor, "Group Emotion", "Additionally, we collect a dataset called the Group and Scene Emotions "
                     "Dataset, which allows us to work with complex scenarios.")
    names = dataset_names(found)
    assert "group-and-scene-emotions" in names and "scene-emotions" not in names
    found, _ = edges(extractor, "Meme Similarity", "Using the Reddit Meme Dataset and Memotion Dataset, we extract "
                     "visual features.")
    names = dataset_names(found)
    assert "reddit-meme" in names


def test_a_dataset_known_as_a_name_and_the_last_of_a_list_are_used(extractor):
    """"the benchmark dataset known as EMOTHAW"; "on X dataset, Y dataset, and iCOPEVid dataset": names of data."""
    found, _ = edges(extractor, "Emotion from Handwriting", "The method reaches 92.64% on the benchmark dataset known "
                     "as EMOTHAW.")
    assert ("usesDataset", "emothaw") in found
    found, _ = edges(extractor, "Infant Pain", "We experimented on YouTube Immunization dataset, YouTube Blood Test "
                     "dataset, and iCOPEVid dataset.")
    assert ("usesDataset", "icopevid") in found


def test_classifiers_and_networks_named_beside_data_are_not_datasets(extractor):
    """"over EEG frequency bands of a generated dataset, C4.5, ANN and the new recognition system": C4.5 and ANN are
    classifiers, as SVM and LSTM are."""
    found, _ = edges(extractor, "Discrete classification applied to TV advertisements", "By using discrete techniques "
                     "over EEG bands of a generated dataset, C4.5, ANN and the new system are applied.")
    names = dataset_names(found)
    assert not names & {"c4-5", "ann"}


def test_a_describing_word_listed_beside_a_dataset_is_no_name(extractor):
    """"two emotion databases: SEED and Emotional BCI of 2020 WORLD ROBOT COMPETITION": "Emotional" begins a longer
    name; alone it names nothing."""
    found, _ = edges(extractor, "Depression Assessment from EEG", "This study has achieved good results on two emotion "
                     "databases: SEED and Emotional BCI of 2020 WORLD ROBOT COMPETITION.")
    names = dataset_names(found)
    assert "seed" in names and "emotional" not in names


def test_a_company_before_a_datasets_short_name_is_its_owner(extractor):
    """"the Microsoft MIND dataset": MIND, which Microsoft released; the company is no part of the name."""
    found, _ = edges(extractor, "Diversifying Sentiments in News Recommendation", "We use the Microsoft MIND dataset for "
                     "our experiments.")
    names = dataset_names(found)
    assert "mind" in names and "microsoft-mind" not in names


def test_data_the_paper_presents_describes_and_evaluates_or_calls_new_are_its_own(extractor):
    """"we present, describe, and evaluate SentiEcon, a large ... lexicon"; "ERIT is a novel multimodal dataset": made
    here. "X is a widely used dataset" is the field's."""
    found, _ = edges(extractor, "Design and Evaluation of SentiEcon", "In this paper we present, describe, and evaluate "
                     "SentiEcon, a large, comprehensive, domain-specific computational lexicon.")
    assert ("introducesDataset", "sentiecon") in found
    found, _ = edges(extractor, "Elderly Emotion Recognition", "ERIT is a novel multimodal dataset designed to "
                     "facilitate research in lightweight fusion.")
    assert ("introducesDataset", "erit") in found
    found, _ = edges(extractor, "Emotion Recognition", "We test our model. EmoBank9 is a widely used dataset of texts.")
    assert ("introducesDataset", "emobank9") not in found


def test_data_presented_after_our_previous_work_are_new(extractor):
    """"building on our previous work, we present CASMEMG, the first public ME database": the work was before, the
    data are made here; "our previous MA-52 benchmark" is the authors' earlier data."""
    found, _ = edges(extractor, "Micro-Expressions and Electromyography", "Third, building on our previous work, we "
                     "present CASMEMG, the first public ME database including EMG signals.")
    assert ("introducesDataset", "casmemg") in found
    found, _ = edges(extractor, "Micro-Actions", "We extend our previous MA-52 benchmark with more classes.")
    assert ("introducesDataset", "ma-52") not in found


def test_largest_datasets_and_annotations_for_a_dataset_are_uses(extractor):
    """"a self-collected dataset ..., the two largest in-the-wild facial expression datasets (RAF-DB and AffectNet)": the
    field's; "We collected personality annotation for the IEMOCAP dataset": new labels for old data."""
    found, _ = edges(extractor, "Occlusion Aware Facial Expression Recognition", "The networks are evaluated on a "
                     "self-collected facial expression dataset with real-world occlusions, the two largest in-the-wild "
                     "facial expression datasets (RAF-DB and AffectNet) and their modifications.")
    assert {("usesDataset", "raf-db"), ("usesDataset", "affectnet")} <= found
    found, _ = edges(extractor, "Speech Emotion and Personality", "We collected personality annotation for the IEMOCAP "
                     "dataset.")
    assert ("usesDataset", "iemocap") in found and ("introducesDataset", "iemocap") not in found


def test_data_we_provide_by_name_are_our_own(extractor):
    """"we provide FERBench, a systematic benchmark that incorporates 20 MLLMs": made here."""
    found, _ = edges(extractor, "Rethinking Facial Expression Recognition", "To address this gap, we provide FERBench, "
                     "a systematic benchmark that incorporates 20 models across four widely used FER datasets.")
    assert ("introducesDataset", "ferbench") in found


def test_data_the_paper_generates_are_its_own(extractor):
    """"we design a prompt ... and have generated the CBT QA dataset": made here; "text generated by the X model" and
    a generative model make nothing of the kind."""
    found, _ = edges(extractor, "CBT-LLM", "We design a prompt derived from Cognitive Behavioral Therapy and have "
                     "generated the CBT QA dataset, specifically for Chinese psychological health questions.")
    assert ("introducesDataset", "cbt-qa") in found
    found, _ = edges(extractor, "Emotion Generation", "Our generative model is evaluated on the MELD dataset.")
    assert ("usesDataset", "meld") in found


def test_a_title_naming_a_thesaurus_introduces_it(extractor):
    """"MASHAEIR: Bootstrapping a Multi-Dialect Fine-Grained Emotion Thesaurus for Arabic": a lexical resource the
    title presents, as a lexicon is."""
    found, _ = edges(extractor, "MASHAEIR: Bootstrapping a Multi-Dialect Fine-Grained Emotion Thesaurus for Arabic",
                     "We bootstrap emotion words from tweets.")
    assert ("introducesDataset", "mashaeir") in found


def test_a_titled_long_form_of_a_short_name_in_the_text_is_not_a_second_dataset(extractor):
    """"BRAD, which is the largest Book Reviews in Arabic Dataset": the titled words spell BRAD, one dataset."""
    found, _ = edges(extractor, "Hotel Reviews", "This work adds to the recently reported large dataset BRAD, which is "
                     "the largest Book Reviews in Arabic Dataset.")
    names = dataset_names(found)
    assert "brad" in names and "book-reviews-in-arabic" not in names


def test_films_named_only_as_such_are_not_video(extractor):
    """"predict the box-office success of movies from their reviews": what the texts are about; a paper that reads
    the films' scenes or clips reads video."""
    found, _ = edges(extractor, "Predicting Movie Success from Reviews", "We predict the box-office success of movies "
                     "from the sentiment of their reviews.")
    assert ("usesModality", "video") not in found
    found, _ = edges(extractor, "Emotion in Movies", "We recognise the emotions of movie scenes from their clips.")
    assert ("usesModality", "video") in found


def test_a_nuanced_or_detailed_picture_is_an_overview(extractor):
    """"revealing a nuanced picture where moral orientations ...", "a detailed picture of consumer opinions": an
    overview, not an image; "the picture content of house, tree, and person" is one."""
    for text in ("Our analysis reveals a nuanced picture where moral orientations differ across groups.",
                 "Mining the aspects of a review text reveals a detailed picture of consumer opinions."):
        found, _ = edges(extractor, "Sentiment of Posts", text)
        assert ("usesModality", "image") not in found, text
    found, _ = edges(extractor, "Drawing Analysis", "We read the psychological state through the picture content of "
                     "house, tree, and person drawings.")
    assert ("usesModality", "image") in found


def test_valence_and_arousal_levels_classified_from_eeg_are_the_signals_recognition(extractor):
    """"accuracies of 97.69% and 97.53% for valence and arousal" on DEAP: high and low levels classified from EEG, filed
    under physiological emotion recognition, not dimensional prediction; regression of the dimensions still is."""
    found, _ = edges(extractor, "Emotion Recognition From Multi-Channel EEG via Deep Forest", "On the DEAP database, "
                     "the average accuracies reach 97.69% and 97.53% for valence and arousal, respectively.")
    assert ("addressesTask", "dimensional-affect-prediction") not in found
    found, _ = edges(extractor, "Continuous Emotion Estimation from EEG", "We estimate continuous valence and arousal "
                     "values from EEG signals by regression.")
    assert ("addressesTask", "dimensional-affect-prediction") in found


def test_a_counted_list_of_names_in_words_names_each_dataset(extractor):
    """"three benchmark datasets: Hunger Station, AJGT, and MASAC": the count says each item is one dataset, words and
    all. A count that does not match, an item of a company or a catalogued name's head, or a list of sites, names none."""
    found, _ = edges(extractor, "Arabic Sentiment with Active Learning", "We evaluate LSTM across three benchmark "
                     "datasets: Hunger Station, AJGT, and MASAC, encompassing dialectal variations.")
    names = {n for p, n in found if p == "usesDataset"}
    assert {"hunger-station", "ajgt", "masac"} <= names
    found, _ = edges(extractor, "Sentiment of Reviews", "We test on two datasets: Mood Lyrics, Combined Lyrics and "
                     "Open Tales.")
    assert not {n for p, n in found if p == "usesDataset"} & {"mood-lyrics", "combined-lyrics", "open-tales"}
    found, _ = edges(extractor, "Sentiment of Reviews", "Experiments on three diverse datasets (AWARE, Google Play, and "
                     "Spotify Reviews) show gains.")
    assert "google-play" not in {n for p, n in found}
    found, _ = edges(extractor, "Sentiment Strength", "The results from six diverse social web data sets (MySpace, "
                     "Twitter, YouTube, Digg, Runners World, BBC Forums) indicate gains.")
    assert "runners-world" not in {n for p, n in found}
    found, _ = edges(extractor, "Emotion Stories", "We introduce two new datasets: Emotion Stories and Happy Tales.")
    assert {("introducesDataset", "emotion-stories"), ("introducesDataset", "happy-tales")} <= found
    found, _ = edges(extractor, "Music Emotion from Lyrics", "We evaluate LSTM across three datasets: MER Lyrics, Mood "
                     "Lyrics, and Combined Lyrics.")
    assert ("introducesDataset", "combined-lyrics") in found and ("usesDataset", "mood-lyrics") in found


def test_wearables_that_read_eeg_or_give_touch_and_rem_sleep_are_no_physiological_signals(extractor):
    """"a wearable EEG headset" reads EEG, "a wearable vibrotactile display" gives touch, and "rapid eye movement
    (REM) sleep" is a stage of sleep: none is a physiological signal read. "wearable sensors" recording heart rate
    still are."""
    for title, text in (("Wearable EEG-Based Classification of Odor-Induced Emotion", "We recorded brain activity "
                         "while participants smelled odors."),
                        ("Conveying Emotion to Blind Persons", "We convey facial expressions through a wearable "
                         "vibrotactile belt."),
                        ("The Cathartic Dream", "Subjects were awakened from every rapid eye movement (REM) sleep "
                         "stage to report the emotions of their dreams.")):
        found, _ = edges(extractor, title, text)
        assert ("usesModality", "physio") not in found, title
    found, _ = edges(extractor, "Stress Detection in Daily Life", "We detect stress from wearable sensors worn by "
                     "nurses during their shifts.")
    assert ("usesModality", "physio") in found


def test_data_named_by_how_they_were_made_is_no_name(extractor):
    """"samples from the Google-translated dataset": a hyphened word says how the data were made, not what they are
    called."""
    found, _ = edges(extractor, "Sentiment Analysis in Bengali", "We analyse 173 Bengali samples from the "
                     "Google-translated dataset.")
    assert not dataset_names(found)


def test_knowledge_base_titles_present_data_and_tuned_on_titles_and_version_labels_do_not(extractor):
    """"EmotiNet: A Knowledge Base for Emotion Detection" presents EmotiNet; "ExHuBERT: ... Fine-Tuning on 37 Emotion
    Datasets" names the data a model is tuned on; "three corpora (V1, V2 and V3)" are versions, not names."""
    found, _ = edges(extractor, "EmotiNet: A Knowledge Base for Emotion Detection in Text Built on the Appraisal "
                     "Theories", "We present a resource for detecting emotion.")
    assert ("introducesDataset", "emotinet") in found
    found, _ = edges(extractor, "ExHuBERT: Enhancing HuBERT Through Block Extension and Fine-Tuning on 37 Emotion "
                     "Datasets", "We extend the backbone model.")
    assert "exhubert" not in {n for p, n in found}
    found, _ = edges(extractor, "Arabic Extremist Content", "We constructed three corpora (V1, V2 and V3) from Arabic "
                     "tweets.")
    assert not dataset_names(found)


def test_data_we_gather_and_name_are_ours(extractor):
    """"we gather EmoSet++, a comprehensive ... speech emotion corpus": gathered here; "tweets gathered from X" are not."""
    found, _ = edges(extractor, "Speech Emotion Recognition", "First, we gather EmoSet++, a comprehensive multi-lingual "
                     "speech emotion corpus with 37 datasets.")
    assert ("introducesDataset", "emoset-plus") in found


def test_social_media_pictures_imply_no_text(extractor):
    """"Predicting Depression with Social Media Images": the posts read are pictures, so social-media analysis implies
    no text; a paper that reads the posts' words still reads text."""
    found, _ = edges(extractor, "Predicting Depression with Social Media Images", "We predict depression of Instagram "
                     "users from the photos they post.")
    assert ("usesModality", "text") not in found
    found, _ = edges(extractor, "Predicting Depression from Social Media Posts", "We predict depression of Instagram "
                     "users from the captions they post.")
    assert ("usesModality", "text") in found


def test_what_changes_peoples_skill_at_reading_emotions_is_no_recognition_by_machine(extractor):
    """"Impact of face masks and sunglasses on emotion recognition in South Koreans": people's skill; "The Impact of
    Attention Mechanisms on Speech Emotion Recognition" is a machine's."""
    found, _ = edges(extractor, "Impact of face masks and sunglasses on emotion recognition in South Koreans",
                     "Participants judged facial expressions of faces wearing masks or sunglasses.")
    assert ("addressesTask", "facial-expression-recognition") not in found
    found, _ = edges(extractor, "The Impact of Attention Mechanisms on Speech Emotion Recognition", "We compare "
                     "attention layers for recognising emotions from speech.")
    assert ("addressesTask", "speech-emotion-recognition") in found


def test_lexicons_listed_by_their_short_names_are_the_catalogued_lexicons(extractor):
    """"the AFINN, Bing, and NRC sentiment dictionaries": Bing Liu's opinion lexicon and the NRC Emotion Lexicon, by
    the names they go by; VADER and TextBlob are tools, not data."""
    found, _ = edges(extractor, "Sentiments of ChatGPT on Twitter", "Approximately 788,000 English tweets were "
                     "analyzed using the AFINN, Bing, and NRC sentiment dictionaries.")
    assert {("usesDataset", "bing-liu-lexicon"), ("usesDataset", "nrc-emolex")} <= found
    assert not {n for p, n in found} & {"bing", "nrc"}
    found, _ = edges(extractor, "Predicting Ratings", "We compare three sentiment models: VADER, TextBlob and "
                     "SentiWordNet.")
    assert not {n for p, n in found} & {"vader", "textblob"}


def test_videos_shown_to_induce_a_mood_and_parts_of_speech_are_no_channels(extractor):
    """"standard video clips as mood induction protocol", "fear and happiness stimulus videos": what participants
    watched; "Partof-Speech (POS) analysis" (a space lost) is grammar, not speech."""
    for text in ("We employ standard video clips as mood induction protocol.",
                 "Participants were exposed to standardized fear and happiness stimulus videos in random order."):
        found, _ = edges(extractor, "Effect of Fear on Password Choice", text)
        assert ("usesModality", "video") not in found, text
    found, _ = edges(extractor, "Eating Disorder Questions Online", "We examined linguistic style with term frequency "
                     "and Partof-Speech (POS) analysis of forum questions.")
    assert ("usesModality", "speech") not in found


def test_a_corpus_cited_by_its_maker_and_the_source_of_new_data_are_used_and_versions_are_no_names(extractor):
    """"the Simon Fraser University Review Corpus (Taboada 2008)": the SFU corpus, with its maker cited; "example texts
    from the GloWbE corpus" under a title presenting a corpus: the source, used; "movie review dataset V2.0": a
    version, no name of its own."""
    found, _ = edges(extractor, "Discourse Relations and Affective Content", "We extracted relations from two corpora: "
                     "the Simon Fraser University Review Corpus (Taboada 2008) and the Penn Discourse Treebank 2.0.")
    names = {n for p, n in found if p == "usesDataset"}
    assert "sfu-review-corpus" in names and "taboada-2008" not in names
    found, _ = edges(extractor, "CATs are Fuzzy PETs: A Corpus and Analysis of Potentially Euphemistic Terms",
                     "We present a corpus of potentially euphemistic terms along with example texts from the GloWbE "
                     "corpus.")
    assert ("usesDataset", "glowbe") in found
    found, _ = edges(extractor, "Detecting Fake Reviews", "We evaluate on the movie review dataset V2.0 and V1.0.")
    assert not {n for p, n in found} & {"v1-0", "v2-0"}


def test_text_written_to_carry_a_sentiment_is_generated_not_classified(extractor):
    """"Applying Masked Language Model for Sentiment Transfer", "Emotion and Sentiment Guided Paraphrasing": text
    generated with a sentiment or emotion asked for; "a sentiment-guided recommender" still reads sentiment."""
    for title in ("Mask and Infill: Applying Masked Language Model for Sentiment Transfer",
                  "Emotion and Sentiment Guided Paraphrasing"):
        found, _ = edges(extractor, title, "We classify the sentiment of reviews to rewrite them with the opposite "
                         "sentiment and emotion.")
        assert not {n for p, n in found if p == "addressesTask"} & {"sentiment-analysis", "text-emotion-recognition"}
    found, _ = edges(extractor, "A sentiment-guided session-aware recommender system", "We run sentiment analysis on "
                     "the reviews users write.")
    assert ("addressesTask", "sentiment-analysis") in found


def test_data_said_to_come_in_the_form_of_several_media_is_background(extractor):
    """"raw data published by users in the form of text, image, audio, and video": what data can be, not what the
    paper reads."""
    found, _ = edges(extractor, "Indonesian Sentiment Analysis towards an Application", "Application review contains "
                     "a large amount of raw data that has been published by users in the form of text, image, audio, "
                     "and video. We classify the reviews with naive Bayes.")
    assert not {n for p, n in found if p == "usesModality"} & {"image", "speech", "video"}


def test_six_basic_emotions_counted_with_words_between_and_set_aside_by_unlike(extractor):
    """"the six most widely agreed upon basic emotion categories": Ekman's; "Unlike the six basic emotions of
    happiness, ..., modelling dimensional affect": set aside for another model."""
    found, _ = edges(extractor, "Sleep Deprivation and Emotion Recognition", "We evaluated the ability to identify "
                     "the six most widely agreed upon basic emotion categories.")
    assert ("usesEmotionModel", "ekman") in found
    found, _ = edges(extractor, "Inferring User Facial Affect", "Unlike the six basic emotions of happiness, sadness, "
                     "fear, anger, disgust and surprise, modelling dimensional affect in terms of valence and arousal "
                     "has proven more flexible.")
    assert ("usesEmotionModel", "ekman") not in found and ("usesEmotionModel", "vad") in found


def test_new_data_called_a_name_and_examples_in_brackets_are_named(extractor):
    """"A new corpus called BFRC-PT is presented", "the first ... MAFRG dataset (called MARS)", "a new smiling face
    dataset, named Facial Expression Emotions." make data; "datasets (i.e., EmVidCap and EmVidCap-S)" lists them;
    "automatically collected datasets (e.g., AffectNet, FER2013)" are the field's. "a new dataset termed Global
    Cross-Cultural Facial Expression Recognition (GCC-FER)" names no "Global"."""
    for text, name in (("A new corpus called BFRC-PT is presented.", "bfrc-pt"),
                       ("We provide the first natural and large-scale multi-modal MAFRG dataset (called MARS) "
                        "recording 137 dyadic interactions.", "mars"),
                       ("We built a new smiling face dataset, named Facial Expression Emotions. It has six classes.",
                        "facial-expression-emotions")):
        found, _ = edges(extractor, "Emotion Data", text)
        assert ("introducesDataset", name) in found, text
    found, _ = edges(extractor, "Emotional Video Captioning", "Experiments on two emotional video captioning datasets "
                     "(i.e., EmVidCap and EmVidCap-S) demonstrate the superiority of CANet.")
    assert {("usesDataset", "emvidcap"), ("usesDataset", "emvidcap-s")} <= found
    found, _ = edges(extractor, "Evaluating FER Datasets", "Experiments reveal that large-scale, automatically "
                     "collected datasets (e.g., AffectNet, FER2013) generalize better.")
    assert ("usesDataset", "affectnet") in found and ("introducesDataset", "affectnet") not in found
    found, _ = edges(extractor, "Culture-Aware FER", "A new hybrid multicultural video dataset termed Global "
                     "Cross-Cultural Facial Expression Recognition (GCC-FER) is introduced.")
    assert "global" not in {n for p, n in found}


def test_a_name_called_out_runs_on_in_capitals_to_the_clause(extractor):
    """"a new general-purpose sentiment lexicon called WKWSCI Sentiment Lexicon and compares it": the name is all
    its capitalised words."""
    found, _ = edges(extractor, "Lexicon-based Sentiment Analysis", "This article introduces a new general-purpose "
                     "sentiment lexicon called WKWSCI Sentiment Lexicon and compares it with five existing lexicons.")
    assert ("introducesDataset", "wkwsci-sentiment-lexicon") in found


def test_a_picture_given_or_named_is_no_image_read(extractor):
    """"Our case study paints a picture of chronic fatigue", "the Moving Picture Experts Group standard", "motion
    picture", "better in picture quality": no picture the method reads; "affective pictures shown" still are."""
    for text in ("Our case study paints a picture of chronic authentication fatigue among staff.",
                 "Inspired by FACS and the Moving Picture Experts Group 4th standard, 89 features were proposed.",
                 "Applications in animated motion picture and humanoid robotics are discussed.",
                 "Camera A is better than camera B in picture quality."):
        found, _ = edges(extractor, "A Study of Emotion", text)
        assert ("usesModality", "image") not in found, text
    found, _ = edges(extractor, "Emotion Recognition from Pictures", "We classify the emotions evoked by pictures "
                     "with a convolutional network.")
    assert ("usesModality", "image") in found


def test_a_skill_impaired_delayed_or_outdone_is_peoples(extractor):
    """"Sleep deprivation impairs the accurate recognition of human emotions", "Deaf signers outperform hearing
    non-signers in recognizing ...", "Delayed recognition of emotional facial expressions in Bell's palsy": people's
    skill, no recognition by machine."""
    for title in ("Sleep deprivation impairs the accurate recognition of human emotions",
                  "Deaf signers outperform hearing non-signers in recognizing happy facial expressions",
                  "Delayed recognition of emotional facial expressions in Bell's palsy"):
        found, _ = edges(extractor, title, "Participants judged the facial expressions of photographed faces.")
        assert ("addressesTask", "facial-expression-recognition") not in found, title


def test_a_platform_listed_beside_benchmarks_as_data_is_a_dataset(extractor):
    """"three benchmark datasets: Rest14, Lap14 and Twitter", "on CMU-MOSI, CMU-MOSEI and YouTube datasets": the
    platform names a benchmark of its own; "posts from Twitter and YouTube" is where data came from."""
    found, _ = edges(extractor, "Aspect-Level Sentiment Analysis", "We evaluate on three public benchmark datasets, "
                     "namely Rest14, Lap14 and Twitter.")
    assert ("usesDataset", "twitter") in found
    found, _ = edges(extractor, "Multimodal Sentiment Fusion", "We carry out several experiments on CMU-MOSI, "
                     "CMU-MOSEI and YouTube datasets.")
    assert ("usesDataset", "youtube") in found
    found, _ = edges(extractor, "Multimodal Sentiment Fusion", "We trained on CMU-MOSI and collected posts from "
                     "Twitter and YouTube.")
    assert not {"twitter", "youtube"} & {n for p, n in found}


def test_several_platforms_listed_are_where_data_came_from(extractor):
    """"six diverse social web data sets (MySpace, Twitter, YouTube, Digg, Runners World, BBC Forums)": several
    platforms in one sentence name sources, not benchmarks (one named twice still is one)."""
    found, _ = edges(extractor, "Sentiment Strength Detection", "Results from six diverse social web data sets "
                     "(MySpace, Twitter, YouTube, Digg, IEMOCAP, BBC Forums) indicate gains.")
    assert not {"twitter", "youtube"} & {n for p, n in found}
    found, _ = edges(extractor, "Aspect Sentiment", "We validate it on three benchmark datasets: Restaurant, Laptop, "
                     "and Twitter, reaching 79.08% accuracy on the Twitter dataset.")
    assert ("usesDataset", "twitter") in found


def test_meeting_corpora_are_catalogued(extractor):
    """"segments annotated with cohesion from the AMI corpus", "extracted from the ICSI Meeting Recorder Corpus": the
    meeting corpora affect work reuses, by the names they go by."""
    found, _ = edges(extractor, "Multimodal Analysis of Cohesion", "We utilize 16 two-minute segments annotated with "
                     "cohesion from the AMI corpus.")
    assert ("usesDataset", "ami-meeting") in found
    found, _ = edges(extractor, "Laughter and Speech", "Laughter segments were extracted from the ICSI Meeting "
                     "Recorder Corpus.")
    assert ("usesDataset", "icsi-meeting") in found


def test_labels_created_for_old_data_use_it(extractor):
    """"we used existing hotspot annotations for ICSI and created labels for the AMI corpus": new labels for someone
    else's data, which the paper uses."""
    found, _ = edges(extractor, "Detection of Emotional Hotspots in Meetings", "Evaluation is performed on the ICSI "
                     "and AMI meeting corpora, where we used existing hotspot annotations for ICSI and created labels "
                     "for the AMI corpus.")
    assert ("usesDataset", "ami-meeting") in found and ("introducesDataset", "ami-meeting") not in found


def test_a_data_noun_inside_a_titled_name_names_nothing_after_it(extractor):
    """"from Yelp Dataset Challenge, we use": "Dataset" is a word of the name, so "Challenge" is no dataset of its
    own ("a new dataset TOOL-ED based on" still names TOOL-ED)."""
    found, _ = edges(extractor, "Predicting Business Stars", "Selecting the restaurant category from Yelp Dataset "
                     "Challenge, we use three feature generation methods.")
    assert "challenge" not in {n for p, n in found}
    found, _ = edges(extractor, "Emotional Tool Use", "We build a novel dataset TOOL-ED based on dialogues.")
    assert ("introducesDataset", "tool-ed") in found


def test_data_a_study_resulted_in_are_its_own(extractor):
    """"We asked participants to indicate their emotions ... This resulted in the Real World Worry Dataset of 5,000
    texts": what the study's collection resulted in is made here."""
    found, _ = edges(extractor, "Measuring Emotions in Worry", "We asked participants to indicate their emotions in "
                     "text. This resulted in the Real World Worry Dataset of 5,000 texts.")
    assert ("introducesDataset", "real-world-worry") in found


def test_a_list_opening_a_sentence_and_a_bert_by_language(extractor):
    """"Using the Callyope-GP and Androids datasets, we evaluated": the list opens the sentence; "Using BERTurk and
    the TREMO dataset" names a model, as "MidiBERT" does."""
    found, _ = edges(extractor, "Probing Mental Health Information", "Using the Callyope-GP and Androids datasets, "
                     "we evaluated the models across languages.")
    assert ("usesDataset", "callyope-gp") in found
    found, _ = edges(extractor, "Turkish Emotion Recognition", "Using BERTurk and the TREMO dataset, we developed an "
                     "emotion recognition model.")
    assert "berturk" not in {n for p, n in found} and ("usesDataset", "tremo") in found


def test_a_count_of_types_of_data_lists_kinds(extractor):
    """"classifying emotions from two types of datasets: Tweets and Reddit Comments": kinds of data, not names."""
    found, _ = edges(extractor, "Comparing Emotional Classification of Text", "We compare five models classifying "
                     "emotions from two types of datasets: Tweets and Reddit Comments. BERT acts as a control.")
    assert "reddit-comments" not in {n for p, n in found}


def test_emotional_speech_corpora_of_speaker_recognition(extractor):
    """"experiments conducted on the Mandarin Affective Speech Corpus", "the Emotional Prosody Speech and Transcripts
    (EPST) corpus": two corpora emotion-robust speaker recognition uses; "Transcripts" in the name is no text."""
    found, _ = edges(extractor, "Affect-insensitive Speaker Recognition", "The experiment conducted on the Mandarin "
                     "Affective Speech Corpus shows an improvement of 8% identification rate.")
    assert ("usesDataset", "masc") in found
    found, _ = edges(extractor, "Speaker Verification in Emotional Talking Environments", "We evaluate on the "
                     "Emotional Prosody Speech and Transcripts (EPST) corpus for English speakers.")
    assert ("usesDataset", "emotional-prosody-speech-and-transcripts") in found
    assert ("usesModality", "text") not in found


def test_short_forms_joined_by_plus_pool_named_datasets(extractor):
    """"trained on five datasets: RAVDESS (R), TESS (T), SAVEE (S) ... For the combined (R+T+S) datasets": the
    named datasets pooled, no new one."""
    found, _ = edges(extractor, "A Hybrid Technique for Speech Emotion Detection", "Models are trained on three "
                     "datasets: RAVDESS (R), TESS (T) and SAVEE (S). For the combined (R+T+S) datasets, it achieves "
                     "98.82% accuracy.")
    assert "r-t-s" not in {n for p, n in found} and ("usesDataset", "ravdess") in found


def test_faces_made_with_an_expression_are_not_read(extractor):
    """"Facial Expression Translation Using Landmark Guided GANs", "One-shot Face Reenactment": expressions made,
    not recognised; a title that makes data for recognisers, or learns by transfer, still reads them."""
    for title in ("Facial Expression Translation Using Landmark Guided GANs",
                  "ActGAN: Flexible and Efficient One-shot Face Reenactment"):
        found, _ = edges(extractor, title, "We generate realistic facial expressions of emotion such as happiness "
                         "and anger from a single face image with a generative adversarial network.")
        assert ("addressesTask", "facial-expression-recognition") not in found, title
    found, _ = edges(extractor, "Facial landmark feature fusion in transfer learning of child facial expressions",
                     "Facial expression recognition of children is improved by transfer learning from adult faces.")
    assert ("addressesTask", "facial-expression-recognition") in found


def test_data_used_after_new_data_is_used(extractor):
    """"a newly created Assamese dataset ... is used ... and another dataset used is the RAVDESS emotional song
    database": the new data is the paper's, the one used after it is not."""
    found, _ = edges(extractor, "Music Emotion Recognition with CNN-LSTM", "In this study, a newly created dataset "
                     "of 200 song samples is used, and another dataset used is the RAVDESS emotional song database.")
    assert ("usesDataset", "ravdess") in found and ("introducesDataset", "ravdess") not in found


def test_data_said_new_beside_its_name_is_made_here(extractor):
    """"FERV39k-Plus, a newly constructed dataset that assigns soft labels", "based on a novel dataset (USoM
    corpus)": the words beside the name say the data is new."""
    found, _ = edges(extractor, "Mixup for Dynamic Facial Expression Recognition", "We conducted experiments on the "
                     "DFEW dataset and FERV39k-Plus, a newly constructed dataset that assigns soft labels.")
    assert ("introducesDataset", "ferv39k-plus") in found and ("usesDataset", "dfew") in found
    found, _ = edges(extractor, "AVEC'19: Audio/Visual Emotion Challenge and Workshop", "The SoMS was based on a novel "
                     "dataset (USoM corpus) that includes self-reported mood.")
    assert ("introducesDataset", "usom") in found
    found, _ = edges(extractor, "Automatic Emotion Recognition from an Italian Corpus", "We considered DEMoS, a new "
                     "database in Italian built through mood induction procedures.")
    assert ("usesDataset", "demos") in found  # new to the field, used here


def test_a_lower_case_led_campaign_by_its_year(extractor):
    """"As part of the eRisk2018 shared task on depression": the campaign's edition, by a name that opens in lower
    case, is the catalogued eRisk."""
    found, _ = edges(extractor, "Topic Extraction for Early Depression Detection", "As part of the eRisk2018 shared "
                     "task on depression, we implement a system based on topic extraction.")
    assert ("usesDataset", "erisk") in found


def test_facial_emg_reads_muscles_not_faces(extractor):
    """"Neural network based classification of human emotions using Electromyogram signals", "Electromyographic
    Responses to Emotional Facial Expressions": the face's muscles, read as a physiological signal; a title that
    also codes the face from video ("Automated Facial Action Coding") still sees it."""
    found, _ = edges(extractor, "Neural network based classification of human emotions using Electromyogram signals",
                     "Facial expression recognition from facial muscle activity classifies happiness and anger.")
    assert ("usesModality", "face") not in found and ("usesModality", "physio") in found
    assert ("addressesTask", "facial-expression-recognition") not in found
    assert ("addressesTask", "physiological-emotion-recognition") in found
    found, _ = edges(extractor, "Electromyographic Validation of Facial Mimicry Detection Using Automated Facial "
                     "Action Coding", "Facial expression recognition software coded the facial expressions in video.")
    assert ("usesModality", "face") in found


def test_a_name_with_its_kind_in_brackets_or_newly_developed(extractor):
    """"Experimental results on HCR (a real-world Twitter sentiment analysis dataset)": a name, then what it is in
    brackets; "Experiments on the newly developed VaKSent-2025 corpus": a name after what was done to it."""
    found, _ = edges(extractor, "Modeling Tweet Dependencies with Graphs", "Experimental results on HCR (a real-world "
                     "Twitter sentiment analysis dataset) indicate gains.")
    assert ("usesDataset", "hcr") in found
    found, _ = edges(extractor, "Heterogeneous Graphs for Sentiment", "Experiments on the newly developed "
                     "VaKSent-2025 corpus show that our model outperforms eight baselines.")
    assert {"vaksent-2025"} <= {n for p, n in found}


def test_names_in_other_print(extractor):
    """"87.44% in the SEED-Ⅳ dataset" (a one-character Roman numeral) is SEED-IV; "The Go Emotions dataset
    contained 27 different emotions" is GoEmotions, and so its taxonomy."""
    found, _ = edges(extractor, "Convolutional Transformer EEG Emotion Recognition", "The model achieves 96.36% in "
                     "the SEED dataset and 87.44% in the SEED-Ⅳ dataset for quadruple classification.")
    assert ("usesDataset", "seed-iv") in found
    found, _ = edges(extractor, "Comparative Analysis of Emotion Recognition", "The Go Emotions dataset contained 27 "
                     "different emotions across 58,000 samples.")
    assert ("usesDataset", "goemotions") in found and ("usesEmotionModel", "goemotions") in found


def test_conceptnet_is_catalogued(extractor):
    """"utilizes the ConceptNet knowledge graph to enrich the semantics": the commonsense graph that affect work
    draws knowledge from."""
    found, _ = edges(extractor, "Knowledge-Guided Domain Adaptation for Sentiment Analysis", "Our framework utilizes "
                     "the ConceptNet knowledge graph to enrich the semantics of a document.")
    assert ("usesDataset", "conceptnet") in found
