"""The cases: invented news text in the styles outlets print, each with its quotations.

Each case is a text and its quotations in order: the quoted words as they stand between the
marks, and who is credited (a word the credited name must contain, case aside; None when no
one is, as for a scare quote or a title; ``a|b`` when either is right, as a pronoun and the
name it stands for; ``ANY`` when the cue is not English or a turn of dialogue has no cue,
so only the quotation's detection is scored). The cases come in rounds, each written fresh
before the changes it led to; every third case of a round (index 2, 5, 8, … within it) is
held out: the extractor is tuned on the others only (their misses are never printed), and
bench_marks.py reports the tuning part and each round's held-out part.

Styles: British and Irish headline and body style (single marks, doubles inside), the FT's
and UK book style, Australian copy; straight single marks as drafts typed on a keyboard
have them; apostrophes all around (won’t, ’90s, rock ’n’ roll, Jones’ car, the Joneses’,
o’clock, ’tis); German „…“ and ‚…‘, »…« and ›…‹; French « … » with its spaces, Swiss «…»;
Polish and Hungarian „…”; Swedish and Finnish ”…”; Japanese 「…」 and 『…』.
"""

from __future__ import annotations

from dataclasses import dataclass

ANY = "*"
"""The credit is not scored (the cue is not English, or a turn of dialogue has none)."""


@dataclass(frozen=True)
class Case:
    """One text and its quotations (words, credited name or None or ANY)."""

    text: str
    quotes: tuple[tuple[str, str | None], ...]
    style: str


def _c(style: str, text: str, *quotes: tuple[str, str | None]) -> Case:
    return Case(text, tuple(quotes), style)


SINGLE = "single"
OTHER = "other"

FIRST: list[Case] = [
    # --- British body copy, curly single marks -------------------------------------------
    _c(SINGLE, "‘We will not back down,’ the minister said on Tuesday. ‘The plan stands.’",
       ("We will not back down,", "minister"), ("The plan stands.", "minister")),
    _c(SINGLE, "The chancellor, Rachel Reeves, said: ‘We’ve made our choices and we won’t "
               "apologise for them.’",
       ("We’ve made our choices and we won’t apologise for them.", "Reeves")),
    _c(SINGLE, "‘It’s been a tough few years for the town’s high street,’ said Councillor "
               "Aisha Khan, who chairs the regeneration board.",
       ("It’s been a tough few years for the town’s high street,", "Khan")),
    _c(SINGLE, "Mr Hughes told the BBC the scheme was ‘a shambles from start to finish’ and "
               "called for an inquiry.",
       ("a shambles from start to finish", "Hughes")),
    _c(SINGLE, "‘This is not,’ she said, ‘a decision we took lightly.’ Dr Evans, the trust’s "
               "medical director, added that staff had been consulted.",
       ("This is not,", "she"), ("a decision we took lightly.", "she")),
    _c(SINGLE, "A Downing Street spokesperson said: ‘The prime minister has full confidence "
               "in the home secretary.’",
       ("The prime minister has full confidence in the home secretary.", "spokesperson")),
    _c(SINGLE, "‘I was told, “Don’t worry, it’ll be sorted by Friday,” and it never was,’ "
               "said Margaret Oduya, 71.",
       ("I was told, “Don’t worry, it’ll be sorted by Friday,” and it never was,", "Oduya")),
    _c(SINGLE, "Police said the man, 34, had been arrested ‘on suspicion of causing death by "
               "dangerous driving’.",
       ("on suspicion of causing death by dangerous driving", "Police")),
    _c(SINGLE, "The report describes a ‘toxic’ culture at the council and a management team "
               "that was ‘out of its depth’.",
       ("toxic", None), ("out of its depth", None)),
    _c(SINGLE, "‘We’re not going anywhere,’ said the club’s owner, Gareth Lewis. ‘This is "
               "our home and it’s been our home since the ’20s.’",
       ("We’re not going anywhere,", "Lewis"),
       ("This is our home and it’s been our home since the ’20s.", "Lewis")),
    _c(SINGLE, "Sir Keir Starmer said he was ‘appalled’ by the scenes and promised that those "
               "responsible would ‘face the full force of the law’.",
       ("appalled", "Starmer"), ("face the full force of the law", "Starmer")),
    _c(SINGLE, "Speaking at the Joneses’ farm near Builth Wells, the farmer said: ‘It’s the "
               "worst harvest I’ve seen in forty years.’",
       ("It’s the worst harvest I’ve seen in forty years.", "farmer")),
    _c(SINGLE, "‘Rock ’n’ roll saved my life,’ the singer told the audience at Glastonbury.",
       ("Rock ’n’ roll saved my life,", "singer")),
    _c(SINGLE, "The inquiry heard that the alarm sounded at four o’clock. ‘Nobody moved,’ "
               "said the witness, a former porter. ‘We’d been told it was a drill.’",
       ("Nobody moved,", "witness"), ("We’d been told it was a drill.", "witness")),
    _c(SINGLE, "Ms Patel’s lawyer said his client ‘strongly denies’ the allegations.",
       ("strongly denies", "lawyer")),
    _c(SINGLE, "‘’Tis the season for overspending,’ warned Martin Lewis, the consumer "
               "champion, in his weekly email.",
       ("’Tis the season for overspending,", "Lewis")),
    _c(SINGLE, "Asked whether he would resign, Mr Davies replied: ‘No. Absolutely not. I "
               "have done nothing wrong.’",
       ("No. Absolutely not. I have done nothing wrong.", "Davies")),
    _c(SINGLE, "The Met Office said the storm would bring ‘damaging gusts of up to 80mph’ to "
               "exposed coasts on Thursday.",
       ("damaging gusts of up to 80mph", "Met Office")),
    _c(SINGLE, "‘The NHS is on its knees,’ the Royal College of Nursing’s general secretary, "
               "Nicola Ranger, told the conference. ‘Our members can’t take much more.’",
       ("The NHS is on its knees,", "Ranger"), ("Our members can’t take much more.", "Ranger")),
    _c(SINGLE, "Jones’ car was found abandoned near the A road. ‘We’re appealing for anyone "
               "who saw it to come forward,’ Det Insp Sarah Moore said.",
       ("We’re appealing for anyone who saw it to come forward,", "Moore")),
    _c(SINGLE, "A spokeswoman for the department said it would ‘not comment on individual "
               "cases’ but was ‘reviewing its procedures’.",
       ("not comment on individual cases", "spokeswoman"),
       ("reviewing its procedures", "spokeswoman")),
    _c(SINGLE, "‘I can’t believe it,’ said Tom, 9. ‘I’ve never won anything before!’",
       ("I can’t believe it,", "Tom"), ("I’ve never won anything before!", "Tom")),
    _c(SINGLE, "The headteacher, Mrs Okonkwo, wrote to parents: ‘Pupils’ safety is our first "
               "priority and we won’t compromise on it.’",
       ("Pupils’ safety is our first priority and we won’t compromise on it.", "Okonkwo")),
    _c(SINGLE, "It was, in the words of one MP, ‘the worst-kept secret in Westminster’.",
       ("the worst-kept secret in Westminster", "MP")),
    _c(SINGLE, "‘We’ve been waiting since the ’90s for this road,’ said resident Pauline "
               "Clarke. ‘Another five years? Don’t make me laugh.’",
       ("We’ve been waiting since the ’90s for this road,", "Clarke"),
       ("Another five years? Don’t make me laugh.", "Clarke")),
    _c(SINGLE, "Labour’s shadow health secretary said the figures were ‘a damning indictment’ "
               "of the government’s record.",
       ("a damning indictment", "secretary")),
    _c(SINGLE, "In a statement, Thames Water said: ‘We apologise to customers for the "
               "disruption and we’re working around the clock to fix the burst main.’",
       ("We apologise to customers for the disruption and we’re working around the clock to "
        "fix the burst main.", "Thames Water")),
    _c(SINGLE, "‘He was the life and soul of the party,’ his sister, Claire, said. ‘There "
               "wasn’t a person in the village who didn’t know him.’",
       ("He was the life and soul of the party,", "Claire"),
       ("There wasn’t a person in the village who didn’t know him.", "Claire")),
    _c(SINGLE, "The judge told him: ‘You showed no remorse. You’ll serve at least 12 years.’",
       ("You showed no remorse. You’ll serve at least 12 years.", "judge")),
    _c(SINGLE, "Environment campaigners called the decision ‘a betrayal’. ‘Ministers "
               "promised us a ban,’ said Greenpeace UK’s Will McCallum.",
       ("a betrayal", "campaigners"), ("Ministers promised us a ban,", "McCallum")),
    # --- Headlines (single marks) --------------------------------------------------------
    _c(SINGLE, "Starmer: ‘We will fix the foundations’\n\nThe prime minister set out his "
               "plan in a speech in Birmingham.",
       ("We will fix the foundations", "Starmer")),
    _c(SINGLE, "Council culture ‘toxic’, report finds\n\nAn independent review found staff "
               "were afraid to speak up.",
       ("toxic", "report")),
    _c(SINGLE, "‘I thought I was going to die’: survivor recalls flood\n\nRescuers reached "
               "Ann Price after six hours.",
       ("I thought I was going to die", "survivor")),
    _c(SINGLE, "PM says ‘no regrets’ over Rwanda plan\n\nHe defended the scheme at PMQs.",
       ("no regrets", "PM")),
    _c(SINGLE, "Hospital ‘let down’ mother who died, coroner rules\n\nThe inquest heard of "
               "missed chances.",
       ("let down", "coroner")),
    _c(SINGLE, "Farmers warn of ‘catastrophe’ as rain ruins crops\n\nThe NFU said yields "
               "were down by a third.",
       ("catastrophe", "Farmers")),
    _c(SINGLE, "‘We won’t be bullied’, says Welsh first minister\n\nEluned Morgan hit back "
               "at critics on Monday.",
       ("We won’t be bullied", "minister")),
    _c(SINGLE, "Taoiseach: ‘Housing is the defining issue of our time’\n\nHe spoke at the "
               "party’s ard fheis in Dublin.",
       ("Housing is the defining issue of our time", "Taoiseach")),
    # --- Irish copy -------------------------------------------------------------------------
    _c(SINGLE, "The Tánaiste said the Government was ‘absolutely committed’ to the "
               "children’s hospital. ‘There’ll be no more delays,’ he told the Dáil.",
       ("absolutely committed", "Tánaiste"), ("There’ll be no more delays,", "Tánaiste|he")),
    _c(SINGLE, "‘It’s a great day for Kerry,’ said Seán O’Sullivan, the club chairman, as "
               "the team arrived home.",
       ("It’s a great day for Kerry,", "O’Sullivan")),
    _c(SINGLE, "Gardaí said a man in his 40s had been arrested and was being held ‘under "
               "Section 30 of the Offences Against the State Act’.",
       ("under Section 30 of the Offences Against the State Act", "Gardaí")),
    _c(SINGLE, "Mary Lou McDonald said the budget was ‘a missed opportunity’. ‘People are "
               "crying out for change,’ the Sinn Féin leader said.",
       ("a missed opportunity", "McDonald"), ("People are crying out for change,", "leader")),
    _c(SINGLE, "‘We’re heartbroken,’ said Niamh O’Brien’s family in a statement. ‘She was "
               "the light of our lives.’",
       ("We’re heartbroken,", "family"), ("She was the light of our lives.", "family")),
    # --- Australian copy --------------------------------------------------------------------
    _c(SINGLE, "Prime Minister Anthony Albanese told reporters in Canberra: ‘We’ll do "
               "whatever it takes to keep Australians safe.’",
       ("We’ll do whatever it takes to keep Australians safe.", "Albanese")),
    _c(SINGLE, "‘It’s a ripper of a day,’ said lifeguard Jack Nguyen at Bondi. ‘But the rips "
               "are dangerous, so swim between the flags.’",
       ("It’s a ripper of a day,", "Nguyen"),
       ("But the rips are dangerous, so swim between the flags.", "Nguyen")),
    _c(SINGLE, "The Reserve Bank governor, Michele Bullock, said inflation remained ‘too "
               "high’ and the board ‘won’t hesitate’ to act.",
       ("too high", "Bullock"), ("won’t hesitate", "Bullock")),
    _c(SINGLE, "NSW Police said the driver had been ‘travelling at high speed’ when the car "
               "left the road near Dubbo.",
       ("travelling at high speed", "Police")),
    _c(SINGLE, "‘We’ve lost everything,’ said grazier Bill Thompson, whose family has farmed "
               "the land since the 1890s. ‘Everything.’",
       ("We’ve lost everything,", "Thompson"), ("Everything.", "Thompson")),
    # --- Straight single marks (typed drafts) ---------------------------------------------
    _c(SINGLE, "'Hello,' he said, 'how are you doing?'",
       ("Hello,", "he"), ("how are you doing?", "he")),
    _c(SINGLE, "'We will not back down,' the minister said on Tuesday. 'The plan stands.'",
       ("We will not back down,", "minister"), ("The plan stands.", "minister")),
    _c(SINGLE, "The mayor said: 'We're not going to let this go. It's our town's future.'",
       ("We're not going to let this go. It's our town's future.", "mayor")),
    _c(SINGLE, "'I don't think anyone expected it,' said Priya Shah, a nurse. 'We'd been "
               "told there'd be no cuts.'",
       ("I don't think anyone expected it,", "Shah"),
       ("We'd been told there'd be no cuts.", "Shah")),
    _c(SINGLE, "Critics called the plan 'unworkable' and 'a gift to landlords'.",
       ("unworkable", "Critics"), ("a gift to landlords", "Critics")),
    _c(SINGLE, "'Rock 'n' roll will never die,' the band's drummer said before the gig.",
       ("Rock 'n' roll will never die,", "drummer")),
    _c(SINGLE, "James' sister said: 'He'd never hurt anyone. Not in a million years.'",
       ("He'd never hurt anyone. Not in a million years.", "sister")),
    _c(SINGLE, "'It's 5 o'clock somewhere,' joked the pub's landlord, Dave Mills.",
       ("It's 5 o'clock somewhere,", "Mills")),
    _c(SINGLE, "The '90s were a different time, she said. 'You could buy a house on one "
               "wage back then,' added Ms Grant.",
       ("You could buy a house on one wage back then,", "Grant")),
    _c(SINGLE, "'We've asked them, \"Where's the money gone?\" and they can't tell us,' said "
               "union rep Kev Doyle.",
       ("We've asked them, \"Where's the money gone?\" and they can't tell us,", "Doyle")),
    _c(SINGLE, "Officials said the bridge was 'structurally sound' but would be 'closely "
               "monitored'.",
       ("structurally sound", "Officials"), ("closely monitored", "Officials")),
    _c(SINGLE, "'No,' said Harris. 'Next question.'",
       ("No,", "Harris"), ("Next question.", "Harris")),
    # --- Doubles inside singles, singles inside doubles ------------------------------------
    _c(SINGLE, "‘My grandmother used to say, “Never trust a man who won’t look you in the "
               "eye,” and she was right,’ said Helen Brooks.",
       ("My grandmother used to say, “Never trust a man who won’t look you in the eye,” "
        "and she was right,", "Brooks")),
    _c(SINGLE, "“She told me it was ‘a done deal’ before the meeting had even started,” said "
               "the councillor, Rob Fenton.",
       ("She told me it was ‘a done deal’ before the meeting had even started,", "Fenton")),
    _c(SINGLE, "‘When the officer said “Step out of the car”, I panicked,’ the defendant "
               "told the jury.",
       ("When the officer said “Step out of the car”, I panicked,", "defendant")),
    _c(SINGLE, "“It’s what they call ‘managed decline’,” said Lord Heseltine.",
       ("It’s what they call ‘managed decline’,", "Heseltine")),
    # --- FT / book style: singles throughout ----------------------------------------------
    _c(SINGLE, "‘The market has priced in two cuts,’ said Mohamed Ali, chief economist at a "
               "City bank. ‘If the Bank delivers only one, gilts will sell off.’ He added "
               "that sterling was ‘vulnerable’.",
       ("The market has priced in two cuts,", "Ali"),
       ("If the Bank delivers only one, gilts will sell off.", "Ali"),
       ("vulnerable", "Ali|He")),
    _c(SINGLE, "The company’s chief executive, Laura Chen, said demand had been ‘resilient’ "
               "despite ‘a challenging consumer backdrop’.",
       ("resilient", "Chen"), ("a challenging consumer backdrop", "Chen")),
    _c(SINGLE, "Analysts at Barclays wrote that the results were ‘a clean beat’, while one "
               "investor described the guidance as ‘conservative, as ever’.",
       ("a clean beat", "Analysts"), ("conservative, as ever", "investor")),
    _c(SINGLE, "‘We don’t comment on market rumours,’ the group said.",
       ("We don’t comment on market rumours,", "group")),
    # --- Multi-paragraph quotations (singles) -----------------------------------------------
    _c(SINGLE, "The minister said:\n\n‘We have listened to farmers and we have acted.\n\n"
               "‘This package is the biggest in a generation, and it will be delivered "
               "before the spring.’\n\nThe opposition called it too little, too late.",
       ("We have listened to farmers and we have acted.", "minister"),
       ("This package is the biggest in a generation, and it will be delivered before the "
        "spring.", "minister")),
    _c(SINGLE, "‘I walked in and the water was up to my knees,’ said Mrs Ahmed.\n\n‘Everything "
               "downstairs was ruined. The photos, the furniture, all of it.\n\n‘The "
               "insurers still haven’t called back.’",
       ("I walked in and the water was up to my knees,", "Ahmed"),
       ("Everything downstairs was ruined. The photos, the furniture, all of it.", "Ahmed"),
       ("The insurers still haven’t called back.", "Ahmed")),
    # --- Titles and names in singles -------------------------------------------------------
    _c(SINGLE, "Her new novel, ‘The Salt Road’, is out in March.",
       ("The Salt Road", None)),
    _c(SINGLE, "The BBC’s ‘Strictly Come Dancing’ drew 8 million viewers, the broadcaster "
               "said.",
       ("Strictly Come Dancing", None)),
    _c(SINGLE, "He is known locally as ‘the Bishop’ for his habit of wearing purple.",
       ("the Bishop", None)),
    # --- Split quotations with the cue between ---------------------------------------------
    _c(SINGLE, "‘If we don’t act now,’ warned Prof Carys Bell, ‘we’ll be having this "
               "conversation again in ten years.’",
       ("If we don’t act now,", "Bell"),
       ("we’ll be having this conversation again in ten years.", "Bell")),
    _c(SINGLE, "‘Perhaps,’ said the inspector, ‘you’d like to explain the missing money?’",
       ("Perhaps,", "inspector"), ("you’d like to explain the missing money?", "inspector")),
    _c(SINGLE, "'The thing is,' Ms Baker said, 'nobody asked the residents.'",
       ("The thing is,", "Baker"), ("nobody asked the residents.", "Baker")),
    # --- More British body copy ---------------------------------------------------------
    _c(SINGLE, "‘There’s no magic money tree,’ Theresa May once told a nurse. Her critics "
               "never let her forget it.",
       ("There’s no magic money tree,", "May")),
    _c(SINGLE, "A neighbour, who asked not to be named, said: ‘They kept themselves to "
               "themselves. You’d never have guessed.’",
       ("They kept themselves to themselves. You’d never have guessed.", "neighbour")),
    _c(SINGLE, "The Football Association said it was ‘aware of the footage’ and was "
               "‘making enquiries’.",
       ("aware of the footage", "Football Association"), ("making enquiries", "Football Association")),
    _c(SINGLE, "‘You’ve got to laugh, haven’t you?’ said Barry, 68, as he bailed water from "
               "his shop.",
       ("You’ve got to laugh, haven’t you?", "Barry")),
    _c(SINGLE, "Andy Burnham, the mayor of Greater Manchester, said the north had been "
               "‘treated with contempt’. ‘Enough is enough,’ he said.",
       ("treated with contempt", "Burnham"), ("Enough is enough,", "Burnham|he")),
    _c(SINGLE, "‘We’re ’appy as Larry,’ said the stallholder, in a broad Bristol accent.",
       ("We’re ’appy as Larry,", "stallholder")),
    _c(SINGLE, "According to the Office for National Statistics, prices rose ‘at the fastest "
               "rate since the early ’80s’.",
       ("at the fastest rate since the early ’80s", "Office for National Statistics")),
    _c(SINGLE, "Downing Street insisted the policy was ‘not a U-turn’. A Tory MP said: ‘It’s "
               "a U-turn. Everyone can see it’s a U-turn.’",
       ("not a U-turn", "Downing Street"),
       ("It’s a U-turn. Everyone can see it’s a U-turn.", "MP")),
    _c(SINGLE, "‘I’d do it all again,’ she says now, sitting in the kitchen of her Leeds "
               "terrace. ‘Every bit of it.’",
       ("I’d do it all again,", "she"), ("Every bit of it.", "she")),
    _c(SINGLE, "The RSPCA said the dogs had been kept in ‘appalling conditions’ and thanked "
               "the public for ‘their generosity’.",
       ("appalling conditions", "RSPCA"), ("their generosity", "RSPCA")),
    _c(SINGLE, "Ofsted rated the school ‘inadequate’, saying leaders had ‘failed to act on "
               "repeated warnings’.",
       ("inadequate", "Ofsted"), ("failed to act on repeated warnings", "Ofsted")),
    _c(SINGLE, "‘Ladies and gentlemen, we’ve got him,’ the officer announced.",
       ("Ladies and gentlemen, we’ve got him,", "officer")),
    _c(SINGLE, "The vicar, the Rev Jane Hollis, said the bells had rung ‘every Sunday since "
               "1662, bar the war years’.",
       ("every Sunday since 1662, bar the war years", "Hollis")),
    _c(SINGLE, "Her solicitor said outside court: ‘My client is relieved that this ordeal is "
               "finally over.’",
       ("My client is relieved that this ordeal is finally over.", "solicitor")),
    _c(SINGLE, "‘We’ll see,’ was all the manager would say.",
       ("We’ll see,", "manager")),
    _c(SINGLE, "The shop’s owners said they were ‘devastated’ and ‘overwhelmed by the "
               "community’s support’.",
       ("devastated", "owners"), ("overwhelmed by the community’s support", "owners")),
    _c(SINGLE, "Scotland’s first minister, John Swinney, told MSPs: ‘This is a moment for "
               "unity, not division.’",
       ("This is a moment for unity, not division.", "Swinney")),
    _c(SINGLE, "‘It wasn’t me,’ the boy insisted. His mother said he was ‘a good lad, "
               "really’.",
       ("It wasn’t me,", "boy"), ("a good lad, really", "mother")),
    # --- German ------------------------------------------------------------------------
    _c(OTHER, "„Wir schaffen das“, sagte die Kanzlerin am Montag in Berlin.",
       ("Wir schaffen das", ANY)),
    _c(OTHER, "Chancellor Friedrich Merz said: „Wir werden liefern.“ His critics were not "
              "convinced.",
       ("Wir werden liefern.", "Merz")),
    _c(OTHER, "„Das ist ein guter Tag für Europa“, erklärte der Minister. „Aber die Arbeit "
              "beginnt erst.“",
       ("Das ist ein guter Tag für Europa", ANY), ("Aber die Arbeit beginnt erst.", ANY)),
    _c(OTHER, "„Er sagte mir: ‚Das schaffst du nicht‘, und ich habe es trotzdem geschafft“, "
              "sagte die Sportlerin.",
       ("Er sagte mir: ‚Das schaffst du nicht‘, und ich habe es trotzdem geschafft", ANY)),
    _c(OTHER, "Die Zeitung nannte den Plan »völlig unrealistisch«. Der Sprecher sagte: »Wir "
              "prüfen alle Optionen.«",
       ("völlig unrealistisch", ANY), ("Wir prüfen alle Optionen.", ANY)),
    _c(OTHER, "The German foreign minister told reporters: »Wir stehen an der Seite der "
              "Ukraine.«",
       ("Wir stehen an der Seite der Ukraine.", "minister")),
    _c(OTHER, "»Er meinte nur: ›Kein Kommentar‹ und ging«, berichtete ein Augenzeuge.",
       ("Er meinte nur: ›Kein Kommentar‹ und ging", ANY)),
    _c(OTHER, "„Die Lage ist ernst“, warnte Gesundheitsminister Karl Lauterbach. „Wir "
              "müssen jetzt handeln.“",
       ("Die Lage ist ernst", ANY), ("Wir müssen jetzt handeln.", ANY)),
    _c(OTHER, "Olaf Scholz said the deal was „ein wichtiger Schritt“ for the coalition.",
       ("ein wichtiger Schritt", "Scholz")),
    _c(OTHER, "„Es gibt keine Alternative“, said a spokesman for the Bundesbank.",
       ("Es gibt keine Alternative", "spokesman")),
    # --- French ------------------------------------------------------------------------
    _c(OTHER, "« Nous ne céderons pas », a déclaré le ministre de l’Intérieur.",
       ("Nous ne céderons pas", ANY)),
    _c(OTHER, "President Emmanuel Macron said: « La France est de retour. »",
       ("La France est de retour.", "Macron")),
    _c(OTHER, "« C’est une victoire pour tous les salariés », s’est félicitée la secrétaire "
              "générale de la CGT. « Mais le combat continue. »",
       ("C’est une victoire pour tous les salariés", ANY), ("Mais le combat continue.", ANY)),
    _c(OTHER, "Le Premier ministre a qualifié la réforme de « nécessaire » et "
              "d’« équilibrée ».",
       ("nécessaire", ANY), ("équilibrée", ANY)),
    _c(OTHER, "« Il m’a dit : “Tu ne passeras pas” et il a fermé la porte », raconte la "
              "victime.",
       ("Il m’a dit : “Tu ne passeras pas” et il a fermé la porte", ANY)),
    _c(OTHER, "Marine Le Pen told supporters that the vote was « un tournant historique ».",
       ("un tournant historique", "Le Pen")),
    _c(OTHER, "«Nous sommes prêts», a assuré le porte-parole du gouvernement, sans autre "
              "précision.",
       ("Nous sommes prêts", ANY)),
    _c(OTHER, "The Swiss finance minister said the franc was «stark, aber nicht "
              "überbewertet».",
       ("stark, aber nicht überbewertet", "minister")),
    _c(OTHER, "« On a tout perdu, tout », répète Jeanne, 82 ans, devant sa maison "
              "inondée.\n\n« Mais on est vivants. »",
       ("On a tout perdu, tout", ANY), ("Mais on est vivants.", ANY)),
    _c(OTHER, "A spokesman for the Élysée said: « Le président a pris acte de la décision. »",
       ("Le président a pris acte de la décision.", "spokesman")),
    _c(OTHER, "Le maire a évoqué un « choc » pour la commune : « Personne ne s’y attendait. »",
       ("choc", ANY), ("Personne ne s’y attendait.", ANY)),
    # --- Polish, Hungarian, Czech: „…” and „…“ -------------------------------------------
    _c(OTHER, "„Nie oddamy ani jednego centymetra”, powiedział premier w Sejmie.",
       ("Nie oddamy ani jednego centymetra", ANY)),
    _c(OTHER, "Polish prime minister Donald Tusk said: „Polska jest bezpieczna.”",
       ("Polska jest bezpieczna.", "Tusk")),
    _c(OTHER, "„Ez egy történelmi nap”, mondta a miniszterelnök.",
       ("Ez egy történelmi nap", ANY)),
    _c(OTHER, "„Je to skvělá zpráva“, řekl ministr financí.",
       ("Je to skvělá zpráva", ANY)),
    # --- Swedish, Finnish: ”…” and »…» -------------------------------------------------
    _c(OTHER, "”Vi har inget val”, sa statsministern på presskonferensen.",
       ("Vi har inget val", ANY)),
    _c(OTHER, "The Swedish prime minister, Ulf Kristersson, said: ”Sverige är redo.”",
       ("Sverige är redo.", "Kristersson")),
    _c(OTHER, "”Tämä on vaikea päätös”, sanoi pääministeri.",
       ("Tämä on vaikea päätös", ANY)),
    _c(OTHER, "»Det er en god dag for Danmark«, sagde statsministeren.",
       ("Det er en god dag for Danmark", ANY)),
    _c(OTHER, "Danish prime minister Mette Frederiksen said: »Vi står sammen.«",
       ("Vi står sammen.", "Frederiksen")),
    # --- Japanese and Chinese corner brackets -------------------------------------------
    _c(OTHER, "首相は「経済の再生が最優先だ」と述べた。",
       ("経済の再生が最優先だ", ANY)),
    _c(OTHER, "「彼は『もう遅い』と言った」と証人は語った。",
       ("彼は『もう遅い』と言った", ANY)),
    _c(OTHER, "Japan’s prime minister said 「日本は変わる」 in a speech on Monday.",
       ("日本は変わる", "minister")),
    _c(OTHER, "外交部发言人表示：「中方坚决反对。」",
       ("中方坚决反对。", ANY)),
    _c(OTHER, "The spokesperson for China’s foreign ministry said: 『我们不会接受。』",
       ("我们不会接受。", "spokesperson")),
    # --- More German and French in English copy --------------------------------------------
    _c(OTHER, "Bayern’s coach said the defeat was „eine Katastrophe“ and apologised to fans.",
       ("eine Katastrophe", "coach")),
    _c(OTHER, "„Wir sind sehr enttäuscht“, said Volkswagen’s works council chief, Daniela "
              "Cavallo.",
       ("Wir sind sehr enttäuscht", "Cavallo")),
    _c(OTHER, "« Je ne regrette rien », the chef told Le Monde, after losing his third star.",
       ("Je ne regrette rien", "chef")),
    _c(OTHER, "The French finance minister warned of « une situation très grave » in the "
              "public accounts.",
       ("une situation très grave", "minister")),
    _c(OTHER, "„Ich habe nichts falsch gemacht“, sagte er. „Nichts.“",
       ("Ich habe nichts falsch gemacht", ANY), ("Nichts.", ANY)),
    _c(OTHER, "»Wir haben verstanden«, sagte die Parteichefin nach der Wahl. Ein "
              "Parteifreund nannte das Ergebnis »bitter«.",
       ("Wir haben verstanden", ANY), ("bitter", ANY)),
    _c(OTHER, "« Nous avons besoin de l’Europe », a dit la ministre. « Et l’Europe a besoin "
              "de nous. »",
       ("Nous avons besoin de l’Europe", ANY), ("Et l’Europe a besoin de nous.", ANY)),
    _c(OTHER, "Le syndicat dénonce un plan « brutal », « injuste » et « inefficace ».",
       ("brutal", ANY), ("injuste", ANY), ("inefficace", ANY)),
    _c(OTHER, "The Austrian chancellor said: „Österreich bleibt neutral.“ Opposition leaders "
              "called it „naiv“.",
       ("Österreich bleibt neutral.", "chancellor"), ("naiv", "leaders")),
    _c(OTHER, "„Das Urteil ist ein Skandal“, sagte der Anwalt des Angeklagten, „und wir "
              "werden in Berufung gehen.“",
       ("Das Urteil ist ein Skandal", ANY), ("und wir werden in Berufung gehen.", ANY)),
    _c(OTHER, "«Es ist Zeit für einen Wechsel», sagte die Kandidatin in Zürich.",
       ("Es ist Zeit für einen Wechsel", ANY)),
    _c(OTHER, "« Personne n’est au-dessus des lois », a rappelé le procureur.\n\n« Personne. »",
       ("Personne n’est au-dessus des lois", ANY), ("Personne.", ANY)),
    # --- More single marks: sport, courts, weather, letters ---------------------------------
    _c(SINGLE, "‘We were second best all afternoon,’ admitted the Everton manager. ‘The lads "
               "know it, I know it, the fans know it.’",
       ("We were second best all afternoon,", "manager"),
       ("The lads know it, I know it, the fans know it.", "manager")),
    _c(SINGLE, "Sentencing him, Judge Rebecca Poulet KC said: ‘You preyed on the vulnerable. "
               "That’s what makes this so serious.’",
       ("You preyed on the vulnerable. That’s what makes this so serious.", "Poulet")),
    _c(SINGLE, "‘Wrap up warm,’ the forecaster advised. ‘Tomorrow’s going to be bitter, with "
               "frost by five o’clock.’",
       ("Wrap up warm,", "forecaster"),
       ("Tomorrow’s going to be bitter, with frost by five o’clock.", "forecaster")),
    _c(SINGLE, "Mr Khan’s office said the mayor was ‘disappointed but not surprised’ by the "
               "ruling. ‘We’ll appeal,’ a spokesman added.",
       ("disappointed but not surprised", "office"), ("We’ll appeal,", "spokesman")),
    _c(SINGLE, "'Honestly? I'm gutted,' said Ellie Rowe, 19, after missing out on the final. "
               "'But there's always next year.'",
       ("Honestly? I'm gutted,", "Rowe"), ("But there's always next year.", "Rowe")),
    _c(SINGLE, "The Archbishop of Canterbury said the bill was ‘deeply flawed’ and urged "
               "peers to ‘think again’.",
       ("deeply flawed", "Archbishop"), ("think again", "Archbishop")),
    _c(SINGLE, "‘Our members’ patience has run out,’ said Unite’s general secretary, Sharon "
               "Graham. ‘They’ve been offered crumbs.’",
       ("Our members’ patience has run out,", "Graham"), ("They’ve been offered crumbs.", "Graham")),
    _c(SINGLE, "A source close to the Chancellor said: ‘There’s no appetite for tax rises. "
               "None.’ Treasury officials declined to comment.",
       ("There’s no appetite for tax rises. None.", "source")),
    _c(SINGLE, "‘I’m not a politician,’ the farmer told the inquiry, ‘but I know when "
               "I’m being lied to.’",
       ("I’m not a politician,", "farmer"), ("but I know when I’m being lied to.", "farmer")),
    # --- No quotation at all: apostrophes everywhere ---------------------------------------
    _c(SINGLE, "The Joneses’ dog wasn’t found until five o’clock. It’s the ’90s all over "
               "again, said nobody, as the students’ union’s vote went the teachers’ way.",),
    _c(SINGLE, "Rock ’n’ roll and fish ’n’ chips: ’tis the season, and the O’Neills’ pub "
               "won’t close before two o’clock on New Year’s Eve.",),
    _c(SINGLE, "'Tis true the Smiths' car and the Davises' van were parked at the Jones' "
               "house in the '80s, and the kids' bikes too.",),
    _c(SINGLE, "The ministers’ and MPs’ expenses rose again; the taxpayers’ alliance said "
               "nothing, and the chancellors’ records show why.",),
    # --- Credits as UK, Irish and Australian desks write them -------------------------------
    _c(SINGLE, "Mrs Barker, 62, from Halifax, said: ‘We’ve paid into this scheme for forty "
               "years and now they tell us it’s gone.’",
       ("We’ve paid into this scheme for forty years and now they tell us it’s gone.", "Barker")),
    _c(SINGLE, "‘It’s a scandal,’ the 45-year-old mother of three said.",
       ("It’s a scandal,", "mother")),
    _c(SINGLE, "Writing in the Telegraph, the former minister said the policy was ‘doomed "
               "from the outset’.",
       ("doomed from the outset", "minister")),
    _c(SINGLE, "‘We can’t go on like this,’ added Dr Priya Nair, a GP in Luton.",
       ("We can’t go on like this,", "Nair")),
    _c(SINGLE, "Rishi Sunak hits out at ‘woke nonsense’ in schools\n\nThe former prime "
               "minister spoke at a conference in Harrogate.",
       ("woke nonsense", "Sunak")),
    _c(SINGLE, "Union warns of ‘summer of discontent’\n\nRail workers will vote next month.",
       ("summer of discontent", "Union")),
    _c(SINGLE, "‘No one is above the law’, says Attorney General\n\nThe statement came after "
               "days of pressure.",
       ("No one is above the law", "Attorney General")),
    _c(SINGLE, "Ed Davey says Lib Dems will ‘fight for every seat’\n\nThe party’s leader "
               "launched the campaign in Cornwall.",
       ("fight for every seat", "Davey")),
    _c(SINGLE, "In a statement, the family of Liam Walsh said he was ‘a gentle, funny and "
               "loving son’ who ‘lit up every room’.",
       ("a gentle, funny and loving son", "family"), ("lit up every room", "family")),
    _c(SINGLE, "The Taoiseach told RTÉ’s Morning Ireland: ‘I’m not going to speculate about "
               "the date of the election.’",
       ("I’m not going to speculate about the date of the election.", "Taoiseach")),
    _c(SINGLE, "‘The figures speak for themselves,’ a Home Office spokesperson said. ‘Small "
               "boat crossings are down.’",
       ("The figures speak for themselves,", "spokesperson"),
       ("Small boat crossings are down.", "spokesperson")),
    _c(SINGLE, "Peter Dutton, the opposition leader, told Sky News Australia the budget was "
               "‘a con job’.",
       ("a con job", "Dutton")),
    _c(SINGLE, "One resident, who did not want to be named, said: ‘The smell is unbearable. "
               "We can’t open our windows.’",
       ("The smell is unbearable. We can’t open our windows.", "resident")),
    _c(SINGLE, "‘I’d be lying if I said I wasn’t nervous,’ admitted the 19-year-old, who makes "
               "her debut on Saturday.",
       ("I’d be lying if I said I wasn’t nervous,", "19-year-old")),
    _c(SINGLE, "Speaking to reporters in Downing Street, the prime minister said he was "
               "‘deeply concerned’ by the reports.",
       ("deeply concerned", "minister")),
    _c(SINGLE, "‘They’ve treated us like dirt,’ said one shop owner. Another added: ‘We’ll be "
               "gone by Christmas.’",
       ("They’ve treated us like dirt,", "owner"), ("We’ll be gone by Christmas.", "Another")),
    _c(SINGLE, "A spokesman for Network Rail said the line would reopen ‘as soon as it is safe "
               "to do so’.",
       ("as soon as it is safe to do so", "spokesman")),
    _c(SINGLE, "The chief constable of Merseyside Police, Serena Kennedy, said: ‘This was a "
               "targeted attack.’",
       ("This was a targeted attack.", "Kennedy")),
    _c(SINGLE, "'It's not rocket science,' Ms Okafor told the committee. 'Fund the wards and "
               "the waiting lists come down.'",
       ("It's not rocket science,", "Okafor"),
       ("Fund the wards and the waiting lists come down.", "Okafor")),
    _c(SINGLE, "Asked about the row, a Labour source said the leader was ‘relaxed’.",
       ("relaxed", "source")),
    _c(SINGLE, "The coroner, Alison Mutch, said there had been ‘a missed opportunity’ to "
               "save him.",
       ("a missed opportunity", "Mutch")),
    _c(SINGLE, "‘Unacceptable,’ was the verdict of the Scottish Conservatives’ leader, "
               "Russell Findlay.",
       ("Unacceptable,", "Findlay")),
    _c(SINGLE, "Ireland’s health minister, Jennifer Carroll MacNeill, said the waiting times "
               "were ‘not good enough’.",
       ("not good enough", "Carroll MacNeill")),
    _c(SINGLE, "‘We were told to leave everything,’ recalled Hamid, who fled Kabul in 2021. "
               "‘I didn’t even take a photograph.’",
       ("We were told to leave everything,", "Hamid"),
       ("I didn’t even take a photograph.", "Hamid")),
    _c(OTHER, "„Wir werden das prüfen“, said Germany’s economy minister, Robert Habeck.",
       ("Wir werden das prüfen", "Habeck")),
    _c(OTHER, "The French president told Le Parisien: « Je ne démissionnerai pas. »",
       ("Je ne démissionnerai pas.", "president")),
    _c(OTHER, "»Das war ein Fehler«, räumte der Trainer ein.",
       ("Das war ein Fehler", ANY)),
    _c(OTHER, "« C’est historique », a lancé la maire de Paris, Anne Hidalgo.",
       ("C’est historique", ANY)),
    _c(OTHER, "Dutch prime minister Dick Schoof said: „Nederland doet mee.”",
       ("Nederland doet mee.", "Schoof")),
    _c(OTHER, "「もう戻れない」と彼女は言った。",
       ("もう戻れない", ANY)),
    # --- Titles, ranks and particles in British names; statements and posts ---------------
    _c(SINGLE, "Det Supt Claire Evans said: ‘We are keeping an open mind about the motive.’",
       ("We are keeping an open mind about the motive.", "Evans")),
    _c(SINGLE, "‘This is a dark day for democracy,’ said Baroness Chakrabarti.",
       ("This is a dark day for democracy,", "Chakrabarti")),
    _c(SINGLE, "Cllr Mark O’Neill, who leads the council, said the cuts were ‘brutal but "
               "unavoidable’.",
       ("brutal but unavoidable", "O’Neill")),
    _c(SINGLE, "The statement read: ‘The board has lost confidence in the chief executive.’",
       ("The board has lost confidence in the chief executive.", "statement")),
    _c(SINGLE, "Dame Judi Dench told the audience she felt ‘incredibly lucky’.",
       ("incredibly lucky", "Dench")),
    _c(SINGLE, "Posting on X, the MP wrote: ‘Absolutely disgraceful. I’ll be raising this in "
               "the House.’",
       ("Absolutely disgraceful. I’ll be raising this in the House.", "MP")),
    _c(SINGLE, "The report concluded that the trust had ‘failed mothers and babies’.",
       ("failed mothers and babies", "report")),
    _c(SINGLE, "‘You’ve got to take your chances,’ Sean Dyche told BBC Sport after the draw.",
       ("You’ve got to take your chances,", "Dyche")),
    _c(SINGLE, "Lord Sumption, a former Supreme Court justice, said the bill was ‘legally "
               "illiterate’.",
       ("legally illiterate", "Sumption")),
    _c(SINGLE, "‘I’m gutted for the lads,’ said captain Ben Stokes. ‘We’ll go again.’",
       ("I’m gutted for the lads,", "Stokes"), ("We’ll go again.", "Stokes")),
    _c(SINGLE, "In the words of one senior civil servant, the plan was ‘dead on arrival’.",
       ("dead on arrival", "servant")),
    _c(SINGLE, "Sir John Curtice, the polling expert, said the result was ‘extraordinary’.",
       ("extraordinary", "Curtice")),
    _c(SINGLE, "‘We need to talk about the elephant in the room,’ Ms McAllister-Grant said.",
       ("We need to talk about the elephant in the room,", "McAllister-Grant")),
    _c(SINGLE, "A Met Police spokesman said officers were called at 11.40pm to reports of a "
               "‘disturbance’.",
       ("disturbance", "spokesman")),
    _c(SINGLE, "As one fan put it: ‘Fifty quid for a ticket and that’s what we get?’",
       ("Fifty quid for a ticket and that’s what we get?", "fan")),
    _c(SINGLE, "Ofcom said it had received ‘a significant number of complaints’ about the "
               "broadcast.",
       ("a significant number of complaints", "Ofcom")),
    _c(SINGLE, "‘There’s nothing left,’ Aunty Joan, 88, told the ABC. ‘The house, the sheds, "
               "the lot.’",
       ("There’s nothing left,", "Joan"), ("The house, the sheds, the lot.", "Joan")),
    _c(SINGLE, "Brendan O’Carroll’s agent said the actor was ‘resting at home’.",
       ("resting at home", "agent")),
    _c(SINGLE, "‘We’ll fight this all the way,’ vowed the campaign group Save Our Library.",
       ("We’ll fight this all the way,", "Save Our Library")),
    _c(SINGLE, "Her barrister, Sarah Forshaw KC, told the jury the case was ‘built on sand’.",
       ("built on sand", "Forshaw")),
    _c(OTHER, "„Das ist inakzeptabel“, schrieb der Kanzler auf X.",
       ("Das ist inakzeptabel", ANY)),
    _c(OTHER, "Belgium’s prime minister, Bart De Wever, said: « Nous restons unis. »",
       ("Nous restons unis.", "De Wever")),
    _c(OTHER, "»Vi gav allt«, sa förbundskaptenen efter matchen.",
       ("Vi gav allt", ANY)),
    _c(OTHER, "“We gave everything,” the Swedish coach said, adding in Swedish: ”Vi gav "
              "allt.”",
       ("We gave everything,", "coach"), ("Vi gav allt.", "coach")),
    # --- Features, radio, papers quoting people, dashes -----------------------------------
    _c(SINGLE, "‘I never wanted to be famous,’ she says, pouring the tea. ‘I just wanted to "
               "sing.’",
       ("I never wanted to be famous,", "she"), ("I just wanted to sing.", "she")),
    _c(SINGLE, "Speaking on BBC Radio 4’s Today programme, Wes Streeting said the NHS was "
               "‘broken but not beaten’.",
       ("broken but not beaten", "Streeting")),
    _c(SINGLE, "The Sun quoted a neighbour as saying: ‘They were lovely people, really "
               "quiet.’",
       ("They were lovely people, really quiet.", "neighbour")),
    _c(SINGLE, "‘Keep your eyes on the road,’ – Dame Esther Rantzen, writing in the Mail.",
       ("Keep your eyes on the road,", "Rantzen")),
    _c(SINGLE, "Gavin Brown, 34, of Bristol, said: ‘I heard a bang and then the lights went "
               "out.’",
       ("I heard a bang and then the lights went out.", "Brown")),
    _c(SINGLE, "A Garda spokesman said: ‘Gardaí are appealing to anyone who was in the area "
               "to contact them.’",
       ("Gardaí are appealing to anyone who was in the area to contact them.", "spokesman")),
    _c(SINGLE, "NSW Premier Chris Minns told 2GB the strike was ‘completely unacceptable’.",
       ("completely unacceptable", "Minns")),
    _c(SINGLE, "In a post on Facebook, the pub’s owners said they had been ‘overwhelmed by "
               "the support’.",
       ("overwhelmed by the support", "owners")),
    _c(SINGLE, "Mr Khan added that the decision was ‘a slap in the face’ for commuters.",
       ("a slap in the face", "Khan")),
    _c(SINGLE, "‘The truth is,’ Professor Lee says, ‘we don’t yet know how far the ice will "
               "retreat.’",
       ("The truth is,", "Lee"), ("we don’t yet know how far the ice will retreat.", "Lee")),
    _c(SINGLE, "Ms Ahmed’s lawyer, Daniel Sachs, said his client had been ‘vindicated’.",
       ("vindicated", "Sachs")),
    _c(SINGLE, "The chancellor was said by allies to be ‘furious’ about the leak.",
       ("furious", "allies")),
    _c(SINGLE, "Residents described the noise as ‘like a jet engine’.",
       ("like a jet engine", "Residents")),
    _c(SINGLE, "‘Nobody listens to us,’ said Kerry-Ann Doyle, 41. ‘Nobody ever has.’ Her "
               "neighbour, Brian, agreed: ‘We’re the forgotten estate.’",
       ("Nobody listens to us,", "Doyle"), ("Nobody ever has.", "Doyle"),
       ("We’re the forgotten estate.", "Brian")),
    _c(SINGLE, "Police Scotland said the death was being treated as ‘unexplained’.",
       ("unexplained", "Police Scotland")),
    _c(SINGLE, "Sources told the BBC the talks had been ‘constructive’.",
       ("constructive", "Sources")),
    _c(SINGLE, "‘I’m not going anywhere,’ Ange Postecoglou insisted after the defeat.",
       ("I’m not going anywhere,", "Postecoglou")),
    _c(SINGLE, "The headmistress, in a letter seen by the Guardian, warned parents of "
               "‘serious consequences’.",
       ("serious consequences", "headmistress")),
    _c(SINGLE, "Speaking to the Irish Times, the minister for housing said he was ‘not "
               "satisfied’ with progress.",
       ("not satisfied", "minister")),
    _c(SINGLE, "‘It’s been the best year of my life,’ Emma Raducanu wrote on Instagram.",
       ("It’s been the best year of my life,", "Raducanu")),
    _c(OTHER, "„Wir sind bereit“, erklärte die Verteidigungsministerin. The British defence "
              "secretary replied: „Wir auch.“",
       ("Wir sind bereit", ANY), ("Wir auch.", "secretary")),
    _c(OTHER, "« Nous ne lâcherons rien », a prévenu le syndicat. The union’s leader added: "
              "« Rien. »",
       ("Nous ne lâcherons rien", ANY), ("Rien.", "leader")),
    _c(OTHER, "The Polish president told reporters: „To jest nasz obowiązek.”",
       ("To jest nasz obowiązek.", "president")),
    _c(OTHER, "»Ich bin erleichtert«, sagte sie.",
       ("Ich bin erleichtert", ANY)),
]

# --- Second round ------------------------------------------------------------------------
# Written fresh at the start of a later session, before its changes (its held-out third then
# scored speaker 0.800, the first round's 0.905).
SECOND: list[Case] = [
    # --- British body copy ---------------------------------------------------------------
    _c(SINGLE, "‘We are not going to be lectured by people who crashed the economy,’ the "
               "Chancellor told the Commons.",
       ("We are not going to be lectured by people who crashed the economy,", "Chancellor")),
    _c(SINGLE, "Sir Keir Starmer said the strikes were ‘nobody’s fault but the "
               "government’s’, adding: ‘They’ve had months to sort this out.’",
       ("nobody’s fault but the government’s", "Starmer"),
       ("They’ve had months to sort this out.", "Starmer")),
    _c(SINGLE, "‘It’s absolutely heartbreaking,’ said Lisa Marsh, whose son’s school closed "
               "last week. ‘The kids don’t understand why.’",
       ("It’s absolutely heartbreaking,", "Marsh"), ("The kids don’t understand why.", "Marsh")),
    _c(SINGLE, "A spokesman for the Ministry of Defence said: ‘We do not comment on "
               "operational matters.’",
       ("We do not comment on operational matters.", "spokesman")),
    _c(SINGLE, "‘I’ve been coming here since the ’70s,’ said retired miner Derek Platt, 79. "
               "‘It’s not the same any more.’",
       ("I’ve been coming here since the ’70s,", "Platt"),
       ("It’s not the same any more.", "Platt")),
    _c(SINGLE, "The Met Office warned of ‘danger to life’ from flying debris and said "
               "gusts could reach 90mph.",
       ("danger to life", "Met Office")),
    _c(SINGLE, "‘Where was everyone?’ asked Joan Pike, 84, who waited nine hours for an "
               "ambulance.",
       ("Where was everyone?", "Pike")),
    _c(SINGLE, "Lord Sumption, a former Supreme Court justice, described the bill as "
               "‘constitutionally illiterate’.",
       ("constitutionally illiterate", "Sumption")),
    _c(SINGLE, "‘Look, I’m not going to pretend it’s been easy,’ the Labour leader admitted. "
               "‘But we’re getting there.’",
       ("Look, I’m not going to pretend it’s been easy,", "leader"),
       ("But we’re getting there.", "leader")),
    _c(SINGLE, "The Information Commissioner’s Office said the breach was ‘serious’ and that "
               "it had opened an investigation.",
       ("serious", "Information Commissioner")),
    _c(SINGLE, "Writing in the Daily Telegraph, the former home secretary said the figures "
               "were ‘a national disgrace’.",
       ("a national disgrace", "secretary")),
    _c(SINGLE, "‘The dog’s fine, the cat’s fine, it’s me who’s not fine,’ joked Tom "
               "Ellison, whose house lost its roof.",
       ("The dog’s fine, the cat’s fine, it’s me who’s not fine,", "Ellison")),
    _c(SINGLE, "Dr Rosena Allin-Khan, the shadow minister, said: ‘Patients are dying in "
               "corridors. That’s the reality.’",
       ("Patients are dying in corridors. That’s the reality.", "Allin-Khan")),
    _c(SINGLE, "In a statement, Thames Water said it was ‘deeply sorry’ for the disruption.",
       ("deeply sorry", "Thames Water")),
    _c(SINGLE, "‘He was a proper gent,’ recalled his former landlady, Maureen Foy. ‘Always "
               "paid on time, always said thank you.’",
       ("He was a proper gent,", "Foy"),
       ("Always paid on time, always said thank you.", "Foy")),
    _c(SINGLE, "The prime minister’s official spokesman said ministers would ‘look "
               "carefully’ at the report’s recommendations.",
       ("look carefully", "spokesman")),
    _c(SINGLE, "‘We’ve had enough,’ one striking nurse told the BBC outside St Thomas’ "
               "Hospital. ‘We can’t pay our rent.’",
       ("We’ve had enough,", "nurse"), ("We can’t pay our rent.", "nurse")),
    _c(SINGLE, "The Archbishop of Canterbury said the policy was ‘cruel’ and ‘unworthy of "
               "a great nation’.",
       ("cruel", "Archbishop"), ("unworthy of a great nation", "Archbishop")),
    _c(SINGLE, "‘You can’t run a railway like this,’ said Mick Lynch, the RMT general "
               "secretary. ‘It’s a shambles.’",
       ("You can’t run a railway like this,", "Lynch"), ("It’s a shambles.", "Lynch")),
    _c(SINGLE, "Officers found the pair ‘in a distressed state’, Greater Manchester Police "
               "said.",
       ("in a distressed state", "Police")),
    _c(SINGLE, "‘I genuinely thought it was a joke,’ says Hannah, 27, of the text that "
               "told her she had won £1m.",
       ("I genuinely thought it was a joke,", "Hannah")),
    _c(SINGLE, "The couple’s lawyer, Imran Patel, said they had been ‘hounded’ by the press.",
       ("hounded", "Patel")),
    _c(SINGLE, "Asked whether he would resign, the minister replied: ‘Absolutely not.’",
       ("Absolutely not.", "minister")),
    _c(SINGLE, "‘This is the Joneses’ third flood in five years,’ said the parish council’s "
               "chairman. ‘How many more?’",
       ("This is the Joneses’ third flood in five years,", "chairman"),
       ("How many more?", "chairman")),
    _c(SINGLE, "Campaigners said the ruling was ‘a victory for common sense’, but the "
               "council said it would appeal.",
       ("a victory for common sense", "Campaigners")),
    _c(SINGLE, "‘It’s rock ’n’ roll, isn’t it?’ grinned the 72-year-old drummer before "
               "heading on stage.",
       ("It’s rock ’n’ roll, isn’t it?", "drummer")),
    _c(SINGLE, "Nicola Sturgeon said on X: ‘Today is a dark day for Scotland.’",
       ("Today is a dark day for Scotland.", "Sturgeon")),
    _c(SINGLE, "The Bank of England’s governor, Andrew Bailey, said rates would stay "
               "‘restrictive for some time’.",
       ("restrictive for some time", "Bailey")),
    _c(SINGLE, "‘We simply don’t have the staff,’ a senior NHS manager, who did not want to "
               "be named, told the Guardian.",
       ("We simply don’t have the staff,", "manager")),
    _c(SINGLE, "A Home Office source described the plan as ‘dead in the water’.",
       ("dead in the water", "source")),
    # --- Headlines -----------------------------------------------------------------------
    _c(SINGLE, "Reeves: ‘I will not gamble with the public finances’\n\nThe chancellor "
               "defended her budget on Sunday.",
       ("I will not gamble with the public finances", "Reeves")),
    _c(SINGLE, "Teachers ‘at breaking point’, union warns\n\nThe NEU said workloads had "
               "risen sharply.",
       ("at breaking point", "union")),
    _c(SINGLE, "‘My son was failed at every turn’: mother’s plea after inquest\n\nThe coroner "
               "found a catalogue of errors.",
       ("My son was failed at every turn", "mother")),
    _c(SINGLE, "Trump says Nato allies ‘must pay up’\n\nThe president repeated his demand at "
               "a rally.",
       ("must pay up", "Trump")),
    _c(SINGLE, "Heatwave ‘will test the grid’, says National Grid boss\n\nDemand is expected "
               "to peak on Thursday.",
       ("will test the grid", "boss")),
    _c(SINGLE, "‘Catastrophic’ failures at maternity unit, review finds\n\nThe report "
               "examined 200 births.",
       ("Catastrophic", "review")),
    # --- Irish copy ---------------------------------------------------------------------
    _c(SINGLE, "The Taoiseach said he was ‘very concerned’ by the figures. ‘We’ll be "
               "looking at this urgently,’ he told reporters in Cork.",
       ("very concerned", "Taoiseach"), ("We’ll be looking at this urgently,", "Taoiseach|he")),
    _c(SINGLE, "‘It’s a disgrace, pure and simple,’ said Independent TD Catherine Connolly.",
       ("It’s a disgrace, pure and simple,", "Connolly")),
    _c(SINGLE, "A Garda spokesman said inquiries were ‘ongoing’ and appealed for witnesses.",
       ("ongoing", "spokesman")),
    _c(SINGLE, "‘We were told it’d be ready by Christmas,’ said Pádraig Ó Ceallaigh from "
               "Galway. ‘Which Christmas, they didn’t say.’",
       ("We were told it’d be ready by Christmas,", "Ó Ceallaigh"),
       ("Which Christmas, they didn’t say.", "Ó Ceallaigh")),
    _c(SINGLE, "Minister for Health Stephen Donnelly said the HSE was ‘working flat out’.",
       ("working flat out", "Donnelly")),
    _c(SINGLE, "The INMO described conditions in the emergency department as ‘inhumane’.",
       ("inhumane", "INMO")),
    # --- Australian and New Zealand copy -----------------------------------------------
    _c(SINGLE, "‘No one’s going to tell us how to run our state,’ Premier Chris Minns said.",
       ("No one’s going to tell us how to run our state,", "Minns")),
    _c(SINGLE, "Opposition Leader Peter Dutton said the budget was ‘a con job’.",
       ("a con job", "Dutton")),
    _c(SINGLE, "‘The water came up so fast,’ said Lismore resident Kylie Barnes. ‘We had "
               "maybe ten minutes.’",
       ("The water came up so fast,", "Barnes"), ("We had maybe ten minutes.", "Barnes")),
    _c(SINGLE, "The Bureau of Meteorology warned of ‘dangerous and destructive winds’.",
       ("dangerous and destructive winds", "Bureau")),
    _c(SINGLE, "New Zealand’s prime minister, Christopher Luxon, told RNZ: ‘We’re "
               "getting the country back on track.’",
       ("We’re getting the country back on track.", "Luxon")),
    _c(SINGLE, "‘She’ll be right,’ the farmer said with a shrug. ‘She always is.’",
       ("She’ll be right,", "farmer"), ("She always is.", "farmer")),
    _c(SINGLE, "Cricket Australia said it was ‘disappointed’ by the players’ conduct.",
       ("disappointed", "Cricket Australia")),
    _c(SINGLE, "‘I reckon it’s the best team we’ve had since the ’90s,’ said fan Shane "
               "O’Connell.",
       ("I reckon it’s the best team we’ve had since the ’90s,", "O’Connell")),
    # --- Straight single marks (typed) -------------------------------------------------
    _c(SINGLE, "'We can't keep doing this,' said Tom's mother, Sarah Gill. 'It's killing "
               "us.'",
       ("We can't keep doing this,", "Gill"), ("It's killing us.", "Gill")),
    _c(SINGLE, "The council leader said the cuts were 'regrettable but unavoidable'.",
       ("regrettable but unavoidable", "leader")),
    _c(SINGLE, "'Honestly?' she said. 'I don't know what happens next.'",
       ("Honestly?", "she"), ("I don't know what happens next.", "she")),
    _c(SINGLE, "A spokesperson for Tesco said: 'We're working to restock shelves as quickly "
               "as possible.'",
       ("We're working to restock shelves as quickly as possible.", "spokesperson")),
    _c(SINGLE, "'It was five o'clock in the morning,' recalled PC Dan Hurst. 'We didn't "
               "know what we'd find.'",
       ("It was five o'clock in the morning,", "Hurst"),
       ("We didn't know what we'd find.", "Hurst")),
    _c(SINGLE, "Residents described the smell as 'unbearable'. 'You can't open a window,' "
               "said Amir Hussain.",
       ("unbearable", "Residents"), ("You can't open a window,", "Hussain")),
    _c(SINGLE, "'If they'd listened to us in '19,' said the campaigner, 'none of this "
               "would've happened.'",
       ("If they'd listened to us in '19,", "campaigner"),
       ("none of this would've happened.", "campaigner")),
    _c(SINGLE, "The Joneses' lawyer told the court the family had been 'treated "
               "disgracefully'.",
       ("treated disgracefully", "lawyer")),
    _c(SINGLE, "'Thank you, everyone,' the captain told the crowd. 'We couldn't have done "
               "it without you.'",
       ("Thank you, everyone,", "captain"), ("We couldn't have done it without you.", "captain")),
    _c(SINGLE, "The charity's director, Ruth Abara, said: 'Demand has never been higher.'",
       ("Demand has never been higher.", "Abara")),
    # --- Nested -------------------------------------------------------------------------
    _c(SINGLE, "‘The officer said, “Get out of the car,” and I did,’ Mr Okafor told the "
               "tribunal.",
       ("The officer said, “Get out of the car,” and I did,", "Okafor")),
    _c(SINGLE, "‘When they say “temporary”, they mean years,’ said tenant Grace Moyo.",
       ("When they say “temporary”, they mean years,", "Moyo")),
    _c(SINGLE, "The judge said: ‘The defendant told police, “I didn’t mean to hurt her.” "
               "The jury did not believe him.’",
       ("The defendant told police, “I didn’t mean to hurt her.” The jury did not believe "
        "him.", "judge")),
    _c(SINGLE, "\"He kept saying 'it's fine, it's fine', but it wasn't,\" said his brother, "
               "Neil.",
       ("He kept saying 'it's fine, it's fine', but it wasn't,", "Neil")),
    _c(SINGLE, "‘My dad always said, “Never trust a man who doesn’t tip,”’ laughed the "
               "comedian.",
       ("My dad always said, “Never trust a man who doesn’t tip,”", "comedian")),
    # --- Split -------------------------------------------------------------------------
    _c(SINGLE, "‘The problem,’ said Professor Tim Bale of Queen Mary University, ‘is that "
               "nobody trusts anybody.’",
       ("The problem,", "Bale"), ("is that nobody trusts anybody.", "Bale")),
    _c(SINGLE, "‘Frankly,’ she added, ‘it’s a miracle nobody was killed.’",
       ("Frankly,", "she"), ("it’s a miracle nobody was killed.", "she")),
    _c(SINGLE, "‘We’ve done our bit,’ Mr Grant said. ‘Now it’s over to the council.’",
       ("We’ve done our bit,", "Grant"), ("Now it’s over to the council.", "Grant")),
    _c(SINGLE, "‘I’m not saying it’s easy,’ the coach went on, ‘but it’s simple.’",
       ("I’m not saying it’s easy,", "coach"), ("but it’s simple.", "coach")),
    # --- Multi-paragraph ----------------------------------------------------------------
    _c(SINGLE, "Mr Davies said:\n\n‘The company let us down badly.\n\n‘We gave them twenty "
               "years of our lives and they gave us a week’s notice.’",
       ("The company let us down badly.", "Davies"),
       ("We gave them twenty years of our lives and they gave us a week’s notice.", "Davies")),
    _c(SINGLE, "‘There was smoke everywhere,’ said firefighter Jo Kemp.\n\n‘You couldn’t see "
               "your hand in front of your face.\n\n‘We got them all out, thank God.’",
       ("There was smoke everywhere,", "Kemp"),
       ("You couldn’t see your hand in front of your face.", "Kemp"),
       ("We got them all out, thank God.", "Kemp")),
    # --- Cue after, in the next sentence, and unnamed credits --------------------------
    _c(SINGLE, "‘Enough is enough.’ Those were the words of the head teacher, Mrs Lowe, as "
               "she closed the school gates.",
       ("Enough is enough.", "Lowe")),
    _c(SINGLE, "One resident said the estate had been ‘left to rot’.",
       ("left to rot", "resident")),
    _c(SINGLE, "Officials said the outbreak was ‘under control’.",
       ("under control", "Officials")),
    _c(SINGLE, "A witness told Sky News: ‘There was a huge bang and then screaming.’",
       ("There was a huge bang and then screaming.", "witness")),
    _c(SINGLE, "The family said in a statement: ‘Dan was our whole world.’",
       ("Dan was our whole world.", "family")),
    _c(SINGLE, "Industry insiders say the merger is ‘all but done’.",
       ("all but done", "insiders")),
    # --- Titles, names and scare quotes (no credit) -------------------------------------
    _c(SINGLE, "She starred in ‘Fleabag’ before moving to Hollywood.",
       ("Fleabag", None)),
    _c(SINGLE, "The so-called ‘triple lock’ guarantees pensions rise each year.",
       ("triple lock", None)),
    _c(SINGLE, "He was nicknamed ‘the Beast from the East’ by tabloids in the ’80s.",
       ("the Beast from the East", None)),
    _c(SINGLE, "Their ‘Brexit dividend’ never arrived, the report notes drily.",
       ("Brexit dividend", "report")),
    # --- Financial style -----------------------------------------------------------------
    _c(SINGLE, "The chief executive, Noel Quinn, said trading had been ‘robust’ but warned "
               "of ‘headwinds in the second half’.",
       ("robust", "Quinn"), ("headwinds in the second half", "Quinn")),
    _c(SINGLE, "‘We see no reason to change our guidance,’ the finance director told "
               "analysts on a call.",
       ("We see no reason to change our guidance,", "director")),
    _c(SINGLE, "Moody’s said the downgrade reflected ‘weaker fiscal strength’.",
       ("weaker fiscal strength", "Moody’s")),
    # --- German -------------------------------------------------------------------------
    _c(OTHER, "„Das ist ein schwarzer Tag für Europa“, sagte der Kanzler in Berlin.",
       ("Das ist ein schwarzer Tag für Europa", ANY)),
    _c(OTHER, "Chancellor Friedrich Merz told the Bundestag: „Wir werden liefern.“",
       ("Wir werden liefern.", "Merz")),
    _c(OTHER, "„Er sagte: ‚Ich komme nicht‘, und ging“, berichtete die Zeugin.",
       ("Er sagte: ‚Ich komme nicht‘, und ging", ANY)),
    _c(OTHER, "»Wir haben alles versucht«, sagte der Trainer nach dem Spiel.",
       ("Wir haben alles versucht", ANY)),
    _c(OTHER, "The German economy minister said the plan was „nicht finanzierbar“.",
       ("nicht finanzierbar", "minister")),
    _c(OTHER, "„Wir sind enttäuscht“, so der Sprecher. „Aber wir geben nicht auf.“",
       ("Wir sind enttäuscht", ANY), ("Aber wir geben nicht auf.", ANY)),
    _c(OTHER, "Die Ministerin sprach von einem »historischen Moment«. ›Endlich‹, schrieb "
              "ein Abgeordneter.",
       ("historischen Moment", ANY), ("Endlich", ANY)),
    _c(OTHER, "Austria’s president, Alexander Van der Bellen, said: „Das sind wir nicht.“",
       ("Das sind wir nicht.", "Van der Bellen")),
    # --- French, Swiss, Italian, Spanish --------------------------------------------------
    _c(OTHER, "« C’est inacceptable », a déclaré le ministre de l’Intérieur.",
       ("C’est inacceptable", ANY)),
    _c(OTHER, "President Emmanuel Macron told reporters: « La France tiendra. »",
       ("La France tiendra.", "Macron")),
    _c(OTHER, "« Nous avons perdu, dit-il, mais nous reviendrons. »",
       ("Nous avons perdu, dit-il, mais nous reviendrons.", ANY)),
    _c(OTHER, "Le syndicat dénonce un « mépris total » des salariés.",
       ("mépris total", ANY)),
    _c(OTHER, "«Wir bleiben neutral», sagte die Bundesrätin in Bern.",
       ("Wir bleiben neutral", ANY)),
    _c(OTHER, "Italy’s prime minister, Giorgia Meloni, said: «L’Italia non è in vendita.»",
       ("L’Italia non è in vendita.", "Meloni")),
    _c(OTHER, "«No vamos a rendirnos», dijo el presidente del Gobierno.",
       ("No vamos a rendirnos", ANY)),
    _c(OTHER, "The French farmers’ union called the deal « une trahison ».",
       ("une trahison", "union")),
    _c(OTHER, "« Il m’a dit : “Je ne reviendrai pas” », raconte sa sœur.",
       ("Il m’a dit : “Je ne reviendrai pas”", ANY)),
    # --- Nordic, Polish, Czech, Hungarian, Dutch ------------------------------------------
    _c(OTHER, "”Vi är redo”, sa statsministern.",
       ("Vi är redo", ANY)),
    _c(OTHER, "Finland’s president, Alexander Stubb, said: ”Suomi on valmis.”",
       ("Suomi on valmis.", "Stubb")),
    _c(OTHER, "»Det er en sorg for os alle«, sagde statsministeren.",
       ("Det er en sorg for os alle", ANY)),
    _c(OTHER, "„Nie oddamy ani guzika”, powiedział premier.",
       ("Nie oddamy ani guzika", ANY)),
    _c(OTHER, "Czech prime minister Petr Fiala said: „Jsme připraveni.“",
       ("Jsme připraveni.", "Fiala")),
    _c(OTHER, "Hungary’s foreign minister called the sanctions „értelmetlen”.",
       ("értelmetlen", "minister")),
    _c(OTHER, "„We gaan door”, zei de burgemeester van Rotterdam.",
       ("We gaan door", ANY)),
    # --- Japanese and Chinese -------------------------------------------------------------
    _c(OTHER, "首相は「国民の命を守る」と述べた。",
       ("国民の命を守る", ANY)),
    _c(OTHER, "Japan’s prime minister told parliament: 「我々は前に進む」",
       ("我々は前に進む", "minister")),
    _c(OTHER, "彼は「母は『大丈夫』と言った」と話した。",
       ("母は『大丈夫』と言った", ANY)),
    _c(OTHER, "「ありがとう」。選手はそう言って涙を流した。",
       ("ありがとう", ANY)),
    # --- Mixed: English copy quoting foreign words ----------------------------------------
    _c(OTHER, "The mayor of Lyon described the protests as « une honte » on Tuesday, and "
              "his deputy said: « Nous ne céderons pas. »",
       ("une honte", "mayor"), ("Nous ne céderons pas.", "deputy")),
    _c(OTHER, "A spokesman for the Kremlin, Dmitry Peskov, said: «Это провокация».",
       ("Это провокация", "Peskov")),
    _c(OTHER, "„It’s a historic day“, said the German ambassador, Miguel Berger, in London.",
       ("It’s a historic day", "Berger")),
    _c(OTHER, "»We will not be intimidated«, the Danish prime minister told reporters.",
       ("We will not be intimidated", "minister")),
    _c(OTHER, "« We are ready », said the French defence minister, Sébastien Lecornu.",
       ("We are ready", "Lecornu")),
]

# --- Third round -------------------------------------------------------------------------
# Written fresh after the second round's changes, before those it led to.
THIRD: list[Case] = [
    # --- Courts ----------------------------------------------------------------------------
    _c(SINGLE, "Sentencing him, Judge Sarah Whitehouse said: ‘You preyed on the vulnerable "
               "for your own gain.’",
       ("You preyed on the vulnerable for your own gain.", "Whitehouse")),
    _c(SINGLE, "‘I panicked,’ the defendant told the jury. ‘I didn’t know what to do.’",
       ("I panicked,", "defendant"), ("I didn’t know what to do.", "defendant")),
    _c(SINGLE, "Prosecutor Mark Heywood KC told Manchester Crown Court the attack was "
               "‘sustained and merciless’.",
       ("sustained and merciless", "Heywood")),
    _c(SINGLE, "In mitigation, his barrister said he was ‘genuinely remorseful’ and had "
               "‘turned his life around’.",
       ("genuinely remorseful", "barrister"), ("turned his life around", "barrister")),
    _c(SINGLE, "The coroner, Alison Mutch, recorded a conclusion of misadventure and said "
               "there had been ‘missed opportunities’.",
       ("missed opportunities", "Mutch")),
    _c(SINGLE, "‘This was a cowardly act,’ said Det Insp Rachel Ford of Thames Valley Police.",
       ("This was a cowardly act,", "Ford")),
    # --- Sport ----------------------------------------------------------------------------
    _c(SINGLE, "‘We were second best for an hour,’ admitted Arsenal manager Mikel Arteta. "
               "‘That can’t happen.’",
       ("We were second best for an hour,", "Arteta"), ("That can’t happen.", "Arteta")),
    _c(SINGLE, "Speaking after the race, Lewis Hamilton said the car felt ‘like a different "
               "beast’ in the wet.",
       ("like a different beast", "Hamilton")),
    _c(SINGLE, "‘It’s the proudest moment of my career,’ the 23-year-old told BBC Sport.",
       ("It’s the proudest moment of my career,", "23-year-old")),
    _c(SINGLE, "The Lions coach, Andy Farrell, described the performance as ‘outstanding’.",
       ("outstanding", "Farrell")),
    _c(SINGLE, "‘Ref, you’re having a laugh!’ shouted one fan from the stands.",
       ("Ref, you’re having a laugh!", "fan")),
    _c(SINGLE, "Captain Ben Stokes was defiant: ‘We’ll keep playing this way.’",
       ("We’ll keep playing this way.", "Stokes")),
    _c(SINGLE, "‘Brilliant,’ said the Celtic boss, Brendan Rodgers. ‘Just brilliant.’",
       ("Brilliant,", "Rodgers"), ("Just brilliant.", "Rodgers")),
    # --- Politics -------------------------------------------------------------------------
    _c(SINGLE, "The Liberal Democrat leader, Sir Ed Davey, called the scheme ‘a "
               "shambles’ and demanded an apology.",
       ("a shambles", "Davey")),
    _c(SINGLE, "‘Let me be clear,’ the home secretary said, ‘there will be no amnesty.’",
       ("Let me be clear,", "secretary"), ("there will be no amnesty.", "secretary")),
    _c(SINGLE, "Kemi Badenoch posted on X: ‘Labour has no plan for growth.’",
       ("Labour has no plan for growth.", "Badenoch")),
    _c(SINGLE, "A No 10 spokeswoman insisted the prime minister had ‘full confidence’ in "
               "his chief of staff.",
       ("full confidence", "spokeswoman")),
    _c(SINGLE, "Reform UK’s deputy leader, Richard Tice, told LBC the figures were "
               "‘absolutely staggering’.",
       ("absolutely staggering", "Tice")),
    _c(SINGLE, "‘We’ll take it to the Supreme Court if we have to,’ says Plaid Cymru’s "
               "Rhun ap Iorwerth.",
       ("We’ll take it to the Supreme Court if we have to,", "ap Iorwerth")),
    _c(SINGLE, "The SNP’s Westminster leader, Stephen Flynn, said: ‘Scotland didn’t vote for "
               "this.’",
       ("Scotland didn’t vote for this.", "Flynn")),
    _c(SINGLE, "One Labour backbencher said the mood was ‘mutinous’. Another described it as "
               "‘grim’.",
       ("mutinous", "backbencher"), ("grim", "Another")),
    _c(SINGLE, "The statement read: ‘The board has accepted the resignation with regret.’",
       ("The board has accepted the resignation with regret.", "statement")),
    # --- Local, features, obituaries --------------------------------------------------------
    _c(SINGLE, "‘Mum was the glue that held us together,’ says Karen, 52, who cared for her "
               "for six years.",
       ("Mum was the glue that held us together,", "Karen")),
    _c(SINGLE, "Café owner Tom O’Hare, who has run the business since the ’90s, says trade "
               "is ‘the worst I’ve known’.",
       ("the worst I’ve known", "O’Hare")),
    _c(SINGLE, "‘You get used to it,’ she says with a shrug. ‘You have to.’",
       ("You get used to it,", "she"), ("You have to.", "she")),
    _c(SINGLE, "His widow, Margaret, said he was ‘a kind man who never had a bad word for "
               "anyone’.",
       ("a kind man who never had a bad word for anyone", "Margaret")),
    _c(SINGLE, "‘It’s like something out of a film,’ said one villager, pointing at the "
               "sinkhole.",
       ("It’s like something out of a film,", "villager")),
    _c(SINGLE, "The parish council chairman, Roger Hale, said residents were ‘at the end "
               "of their tether’.",
       ("at the end of their tether", "Hale")),
    _c(SINGLE, "‘I’ll be here till they drag me out,’ said 91-year-old Edna Price from her "
               "front step.",
       ("I’ll be here till they drag me out,", "Price")),
    _c(SINGLE, "The Smiths’ neighbour, Alan Reid, said: ‘They were lovely people. Quiet, "
               "y’know?’",
       ("They were lovely people. Quiet, y’know?", "Reid")),
    _c(SINGLE, "‘It was gone eleven o’clock and still no sign of them,’ recalled Mrs Ward.",
       ("It was gone eleven o’clock and still no sign of them,", "Ward")),
    # --- Business, health, science -----------------------------------------------------------
    _c(SINGLE, "The British Retail Consortium’s chief executive, Helen Dickinson, said "
               "shoppers were ‘tightening their belts’.",
       ("tightening their belts", "Dickinson")),
    _c(SINGLE, "‘We expect conditions to remain challenging,’ the company said in a trading "
               "update.",
       ("We expect conditions to remain challenging,", "company")),
    _c(SINGLE, "Prof Chris Whitty told the inquiry the UK had been ‘too slow’ to act.",
       ("too slow", "Whitty")),
    _c(SINGLE, "‘The findings are striking,’ said lead author Dr Priya Menon of the "
               "University of Edinburgh.",
       ("The findings are striking,", "Menon")),
    _c(SINGLE, "The NHS Confederation warned the plans were ‘simply not deliverable’ without "
               "more staff.",
       ("simply not deliverable", "NHS Confederation")),
    _c(SINGLE, "A spokesperson for Ryanair said the airline was ‘not responsible’ for the "
               "delays.",
       ("not responsible", "spokesperson")),
    _c(SINGLE, "Economists at Capital Economics said growth would be ‘anaemic at best’.",
       ("anaemic at best", "Economists")),
    # --- Straight marks, typed --------------------------------------------------------------
    _c(SINGLE, "'I'm gutted,' said Jamie's dad, Phil Moore. 'He'd trained all year for "
               "this.'",
       ("I'm gutted,", "Moore"), ("He'd trained all year for this.", "Moore")),
    _c(SINGLE, "The inspector said the kitchen was 'filthy' and the fridge 'not fit for "
               "purpose'.",
       ("filthy", "inspector"), ("not fit for purpose", "inspector")),
    _c(SINGLE, "'Why should we pay for their mistakes?' asked pensioner Doris Lyle, 81.",
       ("Why should we pay for their mistakes?", "Lyle")),
    _c(SINGLE, "Ms Grant told the meeting: 'We've waited long enough. It's time.'",
       ("We've waited long enough. It's time.", "Grant")),
    _c(SINGLE, "'Rock 'n' roll never dies,' grinned the band's singer, Dave Kerr.",
       ("Rock 'n' roll never dies,", "Kerr")),
    _c(SINGLE, "'It's 'em or us,' one farmer said of the badgers.",
       ("It's 'em or us,", "farmer")),
    _c(SINGLE, "Police described the crash as 'horrific'. 'Our thoughts are with the "
               "family,' said Chief Supt Neil Hart.",
       ("horrific", "Police"), ("Our thoughts are with the family,", "Hart")),
    # --- Nested, split, multi-paragraph -------------------------------------------------------
    _c(SINGLE, "‘She looked at me and said, “You’re not welcome here,”’ Ms Adeyemi told the "
               "hearing.",
       ("She looked at me and said, “You’re not welcome here,”", "Adeyemi")),
    _c(SINGLE, "‘Every time I hear “lessons will be learned”,’ said the campaigner, ‘I know "
               "nothing will change.’",
       ("Every time I hear “lessons will be learned”,", "campaigner"),
       ("I know nothing will change.", "campaigner")),
    _c(SINGLE, "‘The question,’ he wrote in his resignation letter, ‘is whether we still "
               "believe in anything.’",
       ("The question,", "he"), ("is whether we still believe in anything.", "he")),
    _c(SINGLE, "Ms Okoro said:\n\n‘We were promised a new school by 2020.\n\n‘It’s now "
               "2025 and the children are still in portable cabins.’",
       ("We were promised a new school by 2020.", "Okoro"),
       ("It’s now 2025 and the children are still in portable cabins.", "Okoro")),
    _c(SINGLE, "‘We came here with nothing,’ said Samir Haddad.\n\n‘Now we have a business, "
               "a home, friends.\n\n‘This is our country now.’",
       ("We came here with nothing,", "Haddad"),
       ("Now we have a business, a home, friends.", "Haddad"),
       ("This is our country now.", "Haddad")),
    _c(SINGLE, "The chief constable said in a statement:\n\n‘I am deeply sorry. We failed "
               "these families.’",
       ("I am deeply sorry. We failed these families.", "constable")),
    # --- Headlines ---------------------------------------------------------------------------
    _c(SINGLE, "Badenoch: ‘I won’t be bullied out of the job’\n\nThe Conservative leader "
               "faced down her critics.",
       ("I won’t be bullied out of the job", "Badenoch")),
    _c(SINGLE, "Nurses ‘exhausted and demoralised’, says RCN\n\nThe college surveyed 10,000 "
               "members.",
       ("exhausted and demoralised", "RCN")),
    _c(SINGLE, "Water firms ‘must be held to account’ – minister\n\nShe promised new "
               "powers for the regulator.",
       ("must be held to account", "minister")),
    _c(SINGLE, "‘Don’t go out unless you have to’: police warning as snow hits\n\nRoads "
               "were closed across Cumbria.",
       ("Don’t go out unless you have to", "police")),
    _c(SINGLE, "PM vows to ‘get Britain building’\n\nHe set out the plan in Kent.",
       ("get Britain building", "PM")),
    _c(SINGLE, "Bishop condemns ‘heartless’ benefit cuts\n\nHe spoke from the pulpit on "
               "Sunday.",
       ("heartless", "Bishop")),
    # --- Irish and Australian ----------------------------------------------------------------
    _c(SINGLE, "‘We’re not going away,’ said Fianna Fáil TD Jim O’Callaghan.",
       ("We’re not going away,", "O’Callaghan")),
    _c(SINGLE, "Gardaí described the seizure as ‘significant’.",
       ("significant", "Gardaí")),
    _c(SINGLE, "The Victorian Premier, Jacinta Allan, said the decision was ‘in the best "
               "interests of Victorians’.",
       ("in the best interests of Victorians", "Allan")),
    _c(SINGLE, "‘Mate, it was terrifying,’ said Townsville local Darren Hicks.",
       ("Mate, it was terrifying,", "Hicks")),
    _c(SINGLE, "The Greens senator Sarah Hanson-Young said the approval was ‘a disgrace’.",
       ("a disgrace", "Hanson-Young")),
    # --- Titles and scare quotes --------------------------------------------------------------
    _c(SINGLE, "Tickets for ‘Hamilton’ sold out within hours.",
       ("Hamilton", None)),
    _c(SINGLE, "The ‘partygate’ affair dogged his final months in office.",
       ("partygate", None)),
    _c(SINGLE, "They call it ‘the Rock’ – a sandstone outcrop above the bay.",
       ("the Rock", None)),
    # --- Other marks ---------------------------------------------------------------------------
    _c(OTHER, "„Wir müssen jetzt handeln“, sagte die Ministerpräsidentin in Düsseldorf.",
       ("Wir müssen jetzt handeln", ANY)),
    _c(OTHER, "The Bundesbank president, Joachim Nagel, said: „Die Inflation sinkt.“",
       ("Die Inflation sinkt.", "Nagel")),
    _c(OTHER, "»Das ist ›völlig‹ absurd«, schrieb der Kommentator.",
       ("Das ist ›völlig‹ absurd", ANY)),
    _c(OTHER, "« Ce n’est qu’un début », scandaient les manifestants.",
       ("Ce n’est qu’un début", ANY)),
    _c(OTHER, "France’s finance minister told Les Echos the deficit was « sous contrôle ».",
       ("sous contrôle", "minister")),
    _c(OTHER, "«Ми не здамося», заявив президент.",
       ("Ми не здамося", ANY)),
    _c(OTHER, "Russia’s foreign ministry spokeswoman, Maria Zakharova, called the move "
              "«провокацией».",
       ("провокацией", "Zakharova")),
    _c(OTHER, "«Δεν θα υποχωρήσουμε», δήλωσε ο πρωθυπουργός.",
       ("Δεν θα υποχωρήσουμε", ANY)),
    _c(OTHER, "«Não vamos desistir», afirmou o primeiro-ministro.",
       ("Não vamos desistir", ANY)),
    _c(OTHER, "Spain’s prime minister, Pedro Sánchez, said: «España no se rinde».",
       ("España no se rinde", "Sánchez")),
    _c(OTHER, "„Nu vom ceda”, a declarat premierul.",
       ("Nu vom ceda", ANY)),
    _c(OTHER, "Lithuania’s president, Gitanas Nausėda, said: „Mes esame pasiruošę.“",
       ("Mes esame pasiruošę.", "Nausėda")),
    _c(OTHER, "«Vi gir oss ikke», sa statsministeren.",
       ("Vi gir oss ikke", ANY)),
    _c(OTHER, "„To je skandál“, uvedl ministr.",
       ("To je skandál", ANY)),
    _c(OTHER, "Die NZZ zitiert den Bundesrat: «Wir prüfen ‹alle› Optionen.»",
       ("Wir prüfen ‹alle› Optionen.", ANY)),
    _c(OTHER, "外相は「対話を続ける」と強調した。",
       ("対話を続ける", ANY)),
    _c(OTHER, "The Japanese ambassador, Hiroshi Suzuki, said 「友情は続く」 in Tokyo.",
       ("友情は続く", "Suzuki")),
    _c(OTHER, "»Wir danken allen Helfern«, sagte Bürgermeisterin Anna Roth. »Ohne sie "
              "wäre es nicht gegangen.«",
       ("Wir danken allen Helfern", ANY), ("Ohne sie wäre es nicht gegangen.", ANY)),
    _c(OTHER, "« We will rebuild », Quebec’s premier, François Legault, told reporters.",
       ("We will rebuild", "Legault")),
    _c(OTHER, "„We are not afraid“, the Polish foreign minister, Radosław Sikorski, said.",
       ("We are not afraid", "Sikorski")),
]

# --- Fourth round ------------------------------------------------------------------------
# Written fresh after the third round's changes: dialogue and news in the shapes other
# projects' quote-extraction tests use (inverted pronouns, action beats, replies, turns).
FOURTH: list[Case] = [
    _c(SINGLE, "‘I have never seen such a thing,’ said he, shaking his head.",
       ("I have never seen such a thing,", "he")),
    _c(SINGLE, "‘Then you must go at once,’ replied Mrs Hartley. ‘There is no time to lose.’",
       ("Then you must go at once,", "Hartley"), ("There is no time to lose.", "Hartley")),
    _c(SINGLE, "‘Are you quite sure?’ asked her sister, looking up from her book.",
       ("Are you quite sure?", "sister")),
    _c(SINGLE, "‘Quite sure,’ she answered.",
       ("Quite sure,", "she")),
    _c(SINGLE, "‘Nonsense!’ cried the old man. ‘I’ll hear no more of it.’",
       ("Nonsense!", "man"), ("I’ll hear no more of it.", "man")),
    _c(SINGLE, "Mr Pryce smiled. ‘You’ll find we do things differently here.’",
       ("You’ll find we do things differently here.", "Pryce")),
    _c(SINGLE, "‘Well,’ said the landlord slowly, ‘that depends on who’s asking.’",
       ("Well,", "landlord"), ("that depends on who’s asking.", "landlord")),
    _c(SINGLE, "‘I’m not hungry,’ Tom muttered, pushing the plate away.",
       ("I’m not hungry,", "Tom")),
    _c(SINGLE, "‘We should leave,’ whispered Clara. ‘Now, before they come back.’",
       ("We should leave,", "Clara"), ("Now, before they come back.", "Clara")),
    _c(SINGLE, "‘Is it true?’ he asked. ‘Tell me it isn’t.’",
       ("Is it true?", "he"), ("Tell me it isn’t.", "he")),
    _c(SINGLE, "The doctor shook his head. ‘There’s nothing more we can do.’",
       ("There’s nothing more we can do.", "doctor")),
    _c(SINGLE, "‘Of course,’ continued the professor, ‘the evidence is far from "
               "conclusive.’",
       ("Of course,", "professor"), ("the evidence is far from conclusive.", "professor")),
    _c(SINGLE, "‘Don’t,’ said Anna quietly.",
       ("Don’t,", "Anna")),
    _c(SINGLE, "‘Goodbye, then,’ said the boy’s grandmother, and closed the door.",
       ("Goodbye, then,", "grandmother")),
    _c(SINGLE, "She turned to the inspector. ‘I was at home all evening. Ask my husband.’",
       ("I was at home all evening. Ask my husband.", "She")),
    # --- News: present-tense cues, interviews, beats -------------------------------------
    _c(SINGLE, "‘People think it’s glamorous,’ says Jo Whitfield, who has run the café for "
               "20 years. ‘It’s really not.’",
       ("People think it’s glamorous,", "Whitfield"), ("It’s really not.", "Whitfield")),
    _c(SINGLE, "Asked if she had any regrets, Ms Cole paused. ‘Only that I didn’t do it "
               "sooner.’",
       ("Only that I didn’t do it sooner.", "Cole")),
    _c(SINGLE, "The minister was asked whether the target would be met. ‘Yes,’ he said. "
               "‘Without question.’",
       ("Yes,", "minister|he"), ("Without question.", "minister|he")),
    _c(SINGLE, "‘We’ve been let down,’ says one parent, Sadia Ali. ‘Again.’",
       ("We’ve been let down,", "Ali"), ("Again.", "Ali")),
    _c(SINGLE, "A spokesman for the hospital trust said: ‘We apologise unreservedly.’",
       ("We apologise unreservedly.", "spokesman")),
    _c(SINGLE, "‘The numbers don’t add up,’ the economist Paul Johnson told Radio 4’s Today "
               "programme.",
       ("The numbers don’t add up,", "Johnson")),
    _c(SINGLE, "Richmond police said the driver was ‘known to officers’.",
       ("known to officers", "police")),
    _c(SINGLE, "West Midlands Ambulance Service said crews had treated ‘a number of "
               "patients’ at the scene.",
       ("a number of patients", "Ambulance Service")),
    _c(SINGLE, "‘We will rebuild,’ the town’s mayor, Elaine Duffy, vowed. ‘Brick by brick.’",
       ("We will rebuild,", "Duffy"), ("Brick by brick.", "Duffy")),
    _c(SINGLE, "Mr Haq, the head of the village council, said: ‘The road has been closed "
               "for a month.’",
       ("The road has been closed for a month.", "Haq")),
    _c(SINGLE, "‘It’s a sad day,’ said the duchess, who had opened the hospital in 1998.",
       ("It’s a sad day,", "duchess")),
    _c(SINGLE, "The union’s general secretary, Paul Nowak, said the offer was ‘an insult’. "
               "‘Members will decide,’ he added.",
       ("an insult", "Nowak"), ("Members will decide,", "Nowak|he")),
    _c(SINGLE, "Café owner and councillor Maria Costa — née Ferreira — said: ‘We all know "
               "each other here.’",
       ("We all know each other here.", "Costa")),
    _c(SINGLE, "Her favourite book is ‘The Secret Garden’, she says.",
       ("The Secret Garden", None)),
    _c(SINGLE, "‘That,’ said the chairman, ‘is a matter for the board.’",
       ("That,", "chairman"), ("is a matter for the board.", "chairman")),
    _c(SINGLE, "Speaking on BBC Breakfast, Ms Phillipson said schools were ‘doing an "
               "incredible job’.",
       ("doing an incredible job", "Phillipson")),
    _c(SINGLE, "‘We’re out of options,’ admits a senior Treasury official.",
       ("We’re out of options,", "official")),
    _c(SINGLE, "In a post on Facebook, the pub’s owners wrote: ‘After 40 years, it’s time "
               "to call last orders.’",
       ("After 40 years, it’s time to call last orders.", "owners")),
    _c(SINGLE, "‘Nobody’s safe,’ one woman, who gave her name only as Jen, told reporters.",
       ("Nobody’s safe,", "woman|Jen")),
    # --- Straight marks ---------------------------------------------------------------
    _c(SINGLE, "'Where have you been?' she asked. 'We've been worried sick.'",
       ("Where have you been?", "she"), ("We've been worried sick.", "she")),
    _c(SINGLE, "'I'll be back,' said the driver's mate, 'in about ten minutes.'",
       ("I'll be back,", "mate"), ("in about ten minutes.", "mate")),
    _c(SINGLE, "The vet said the dog was 'lucky to be alive'. 'He's a fighter,' added its "
               "owner, Kath Hume.",
       ("lucky to be alive", "vet"), ("He's a fighter,", "Hume")),
    _c(SINGLE, "'Cheers, mate,' he said, and the Smiths' van pulled away.",
       ("Cheers, mate,", "he")),
    _c(SINGLE, "'Y'know, it's not rocket science,' the coach said of his team's tactics.",
       ("Y'know, it's not rocket science,", "coach")),
    # --- Nested and multi-paragraph -----------------------------------------------------
    _c(SINGLE, "‘He rang me and said, “It’s over,” and that was it,’ said his ex-partner, "
               "Leanne.",
       ("He rang me and said, “It’s over,” and that was it,", "Leanne")),
    _c(SINGLE, "‘We’d been told the bridge was “perfectly safe”,’ said resident Gwen "
               "Morris.",
       ("We’d been told the bridge was “perfectly safe”,", "Morris")),
    _c(SINGLE, "The headteacher wrote:\n\n‘Dear parents, I am writing to let you know that "
               "the school will close early on Friday.\n\n‘I apologise for the short "
               "notice.’",
       ("Dear parents, I am writing to let you know that the school will close early on "
        "Friday.", "headteacher"),
       ("I apologise for the short notice.", "headteacher")),
    # --- Headlines -----------------------------------------------------------------------
    _c(SINGLE, "Swinney: ‘Independence is closer than ever’\n\nThe first minister spoke at "
               "the SNP conference.",
       ("Independence is closer than ever", "Swinney")),
    _c(SINGLE, "‘It’s carnage’: drivers stuck for hours on M6\n\nTraffic backed up for 20 "
               "miles.",
       ("It’s carnage", "drivers")),
    _c(SINGLE, "Council tax rise ‘unavoidable’, says leader\n\nBills will go up by 5%.",
       ("unavoidable", "leader")),
    _c(SINGLE, "Ex-minister slams ‘chaotic’ rollout\n\nShe said lessons had not been learned.",
       ("chaotic", "Ex-minister")),
    # --- Other marks --------------------------------------------------------------------
    _c(OTHER, "„Ich habe nichts gewusst“, beteuerte der Angeklagte vor Gericht.",
       ("Ich habe nichts gewusst", ANY)),
    _c(OTHER, "The Austrian chancellor, Christian Stocker, said: „Österreich bleibt "
              "neutral.“",
       ("Österreich bleibt neutral.", "Stocker")),
    _c(OTHER, "« On ne peut pas continuer comme ça », soupire une infirmière.",
       ("On ne peut pas continuer comme ça", ANY)),
    _c(OTHER, "Belgium’s prime minister said the talks were « constructives ».",
       ("constructives", "minister")),
    _c(OTHER, "»Ruhe bitte«, rief der Lehrer. »Ruhe!«",
       ("Ruhe bitte", ANY), ("Ruhe!", ANY)),
    _c(OTHER, "Dutch prime minister Dick Schoof told parliament: „We moeten nu kiezen.”",
       ("We moeten nu kiezen.", "Schoof")),
    _c(OTHER, "»Vi står sammen«, sagde Mette Frederiksen.",
       ("Vi står sammen", ANY)),
    _c(OTHER, "“Meidän on toimittava nyt”, sanoi pääministeri.",
       ("Meidän on toimittava nyt", ANY)),
    _c(OTHER, "„Ne vzdáme se“, řekl prezident. The Czech president added: „Nikdy.“",
       ("Ne vzdáme se", ANY), ("Nikdy.", "president")),
    _c(OTHER, "社長は「責任を取る」と語った。",
       ("責任を取る", ANY)),
    _c(OTHER, "« Je suis fier », a déclaré le maire. « Très fier. »",
       ("Je suis fier", ANY), ("Très fier.", ANY)),
    _c(OTHER, "The Swiss president, Karin Keller-Sutter, said: «Die Schweiz hilft.»",
       ("Die Schweiz hilft.", "Keller-Sutter")),
]

# --- Fifth round -------------------------------------------------------------------------
# Written fresh after the fourth round's changes: short test-suite sentences (one cue, one
# quote), keyboard drafts, and mixed double and single house styles.
FIFTH: list[Case] = [
    _c(SINGLE, "'Hello,' he said.", ("Hello,", "he")),
    _c(SINGLE, "He said, 'Hello.'", ("Hello.", "He")),
    _c(SINGLE, "'I am,' said John, 'very happy to be here.'",
       ("I am,", "John"), ("very happy to be here.", "John")),
    _c(SINGLE, "Mary said: 'It is raining again.'", ("It is raining again.", "Mary")),
    _c(SINGLE, "'It is raining again,' Mary said, 'and I forgot my umbrella.'",
       ("It is raining again,", "Mary"), ("and I forgot my umbrella.", "Mary")),
    _c(SINGLE, "‘Stop!’ shouted the guard.", ("Stop!", "guard")),
    _c(SINGLE, "‘Why?’ she asked.", ("Why?", "she")),
    _c(SINGLE, "The president told reporters: ‘We will not negotiate with terrorists.’",
       ("We will not negotiate with terrorists.", "president")),
    _c(SINGLE, "‘The economy is strong,’ the president said on Monday.",
       ("The economy is strong,", "president")),
    _c(SINGLE, "According to the report, the plan was ‘poorly conceived and badly "
               "executed’.",
       ("poorly conceived and badly executed", "report")),
    _c(SINGLE, "‘We are reviewing the decision,’ a company spokeswoman said in an email.",
       ("We are reviewing the decision,", "spokeswoman")),
    _c(SINGLE, "Senator Warren wrote on Twitter: ‘This is a disgrace.’",
       ("This is a disgrace.", "Warren")),
    _c(SINGLE, "‘I don’t recall,’ the witness replied.", ("I don’t recall,", "witness")),
    _c(SINGLE, "‘You’re fired,’ Trump told the contestant.", ("You’re fired,", "Trump")),
    _c(SINGLE, "‘It’s not over,’ insisted the coach, Sam Reid.",
       ("It’s not over,", "Reid")),
    _c(SINGLE, "Smith, who founded the company in 1999, said: ‘We never expected this.’",
       ("We never expected this.", "Smith")),
    _c(SINGLE, "‘We never expected this,’ said Smith, who founded the company in 1999.",
       ("We never expected this,", "Smith")),
    _c(SINGLE, "The company said in a statement that it was ‘deeply concerned’.",
       ("deeply concerned", "company")),
    _c(SINGLE, "‘Absolutely,’ came the reply from the minister.",
       ("Absolutely,", "minister")),
    _c(SINGLE, "Her mother’s words were simple: ‘Come home.’",
       ("Come home.", "mother")),
    # --- Keyboard drafts: straight marks and apostrophes ---------------------------------
    _c(SINGLE, "'We're not giving up,' said Sue O'Neill, 56. 'Not now, not ever.'",
       ("We're not giving up,", "O'Neill"), ("Not now, not ever.", "O'Neill")),
    _c(SINGLE, "The Joneses' solicitor said the claim was 'without merit'.",
       ("without merit", "solicitor")),
    _c(SINGLE, "'It's the kids' futures at stake,' said one dad at the gates.",
       ("It's the kids' futures at stake,", "dad")),
    _c(SINGLE, "'Lots of folks round 'ere remember the '84 strike,' said Bert, 88.",
       ("Lots of folks round 'ere remember the '84 strike,", "Bert")),
    _c(SINGLE, "Officers said the man had been 'acting erratically' before the arrest.",
       ("acting erratically", "Officers")),
    _c(SINGLE, "'I can't say more,' the source said, 'but it's bad.'",
       ("I can't say more,", "source"), ("but it's bad.", "source")),
    # --- Double-quote house style with singles inside and in headlines --------------------
    _c(SINGLE, "Johnson: 'We will get Brexit done'\n\nThe prime minister said \"the "
               "country has spoken\".",
       ("We will get Brexit done", "Johnson")),
    _c(SINGLE, "\"She told me 'don't come back', so I didn't,\" said Mr Osei.",
       ("She told me 'don't come back', so I didn't,", "Osei")),
    _c(SINGLE, "‘Moment of truth’ for NHS, says health secretary\n\nWes Streeting "
               "set out the plan.",
       ("Moment of truth", "secretary")),
    _c(SINGLE, "‘I knew straight away’: the nurse who spotted the killer\n\nShe raised the "
               "alarm in 2015.",
       ("I knew straight away", "nurse")),
    # --- Unnamed and institutional credits ---------------------------------------------
    _c(SINGLE, "A source close to the Chancellor said the report was ‘nonsense’.",
       ("nonsense", "source")),
    _c(SINGLE, "‘There is no cause for alarm,’ the Department of Health said.",
       ("There is no cause for alarm,", "Department of Health")),
    _c(SINGLE, "Local people describe the new owner as ‘a breath of fresh air’.",
       ("a breath of fresh air", "people")),
    _c(SINGLE, "‘Enough,’ say protesters.", ("Enough,", "protesters")),
    _c(SINGLE, "Those close to him say he is ‘devastated’.",
       ("devastated", "Those")),
    # --- Other marks -------------------------------------------------------------------
    _c(OTHER, "„Ja“, sagte er. „Natürlich.“",
       ("Ja", ANY), ("Natürlich.", ANY)),
    _c(OTHER, "»Nein«, antwortete sie knapp.",
       ("Nein", ANY)),
    _c(OTHER, "« Oui », répond-il.", ("Oui", ANY)),
    _c(OTHER, "The Norwegian prime minister, Jonas Gahr Støre, said: «Vi står sammen.»",
       ("Vi står sammen.", "Støre")),
    _c(OTHER, "„Dość”, powiedział Donald Tusk. Poland’s prime minister added: „Dość "
              "kłamstw.”",
       ("Dość", ANY), ("Dość kłamstw.", "minister")),
    _c(OTHER, "»Wir schaffen das«, said Angela Merkel in 2015.",
       ("Wir schaffen das", "Merkel")),
    _c(OTHER, "«Basta!», ha detto il ministro.", ("Basta!", ANY)),
    _c(OTHER, "「ありがとう」と彼女は言った。", ("ありがとう", ANY)),
    _c(OTHER, "The Chinese foreign ministry spokesman, Lin Jian, said 「中方坚决反对」.",
       ("中方坚决反对", "Lin Jian")),
    _c(OTHER, "« Jamais », a répété la ministre. The French minister later told the BBC: "
              "« Never. »",
       ("Jamais", ANY), ("Never.", "minister")),
]

# --- Sixth round -------------------------------------------------------------------------
# Written fresh after the fifth round's changes: novels' dialogue as quote-attribution
# suites hold it (replies, vocatives, turns), in British single marks, and news briefs.
SIXTH: list[Case] = [
    _c(SINGLE, "‘My dear Mr Bennet,’ said his lady to him one day, ‘have you heard that "
               "Netherfield Park is let at last?’",
       ("My dear Mr Bennet,", "lady"),
       ("have you heard that Netherfield Park is let at last?", "lady")),
    _c(SINGLE, "Mr Bennet replied that he had not. ‘But it is,’ returned she.",
       ("But it is,", "she")),
    _c(SINGLE, "‘What is his name?’ ‘Bingley.’ ‘Is he married or single?’ asked Mr Bennet.",
       ("What is his name?", ANY), ("Bingley.", ANY), ("Is he married or single?", "Bennet")),
    _c(SINGLE, "‘I see no occasion for that,’ replied her husband.",
       ("I see no occasion for that,", "husband")),
    _c(SINGLE, "‘You mistake me, my dear,’ cried Elizabeth, colouring.",
       ("You mistake me, my dear,", "Elizabeth")),
    _c(SINGLE, "‘Indeed,’ observed Mrs Gardiner, ‘I think it very likely.’",
       ("Indeed,", "Gardiner"), ("I think it very likely.", "Gardiner")),
    _c(SINGLE, "Jane smiled at her sister. ‘You are too hard on him, Lizzy.’",
       ("You are too hard on him, Lizzy.", "Jane")),
    _c(SINGLE, "‘Come here, child,’ said the old woman, beckoning with a bony finger.",
       ("Come here, child,", "woman")),
    _c(SINGLE, "‘I shall not go,’ said Catherine firmly, ‘and nothing you say will make "
               "me.’",
       ("I shall not go,", "Catherine"),
       ("and nothing you say will make me.", "Catherine")),
    _c(SINGLE, "‘Who’s there?’ called the porter from behind the gate.",
       ("Who’s there?", "porter")),
    _c(SINGLE, "‘It was the butler,’ declared the inspector at last.",
       ("It was the butler,", "inspector")),
    _c(SINGLE, "‘Oh, do be quiet,’ snapped Aunt Lydia.",
       ("Oh, do be quiet,", "Lydia")),
    _c(SINGLE, "‘We’ll manage,’ her father said after a long pause. ‘We always have.’",
       ("We’ll manage,", "father"), ("We always have.", "father")),
    _c(SINGLE, "‘Is that all?’ she demanded.", ("Is that all?", "she")),
    _c(SINGLE, "Holmes leaned back. ‘You have been in Afghanistan, I perceive.’",
       ("You have been in Afghanistan, I perceive.", "Holmes")),
    # --- News briefs -------------------------------------------------------------------
    _c(SINGLE, "‘We are pleased with the result,’ said Jane Doe, the company’s chief "
               "executive.",
       ("We are pleased with the result,", "Doe")),
    _c(SINGLE, "The chief executive, Jane Doe, said she was ‘pleased’ with the result.",
       ("pleased", "Doe")),
    _c(SINGLE, "In a statement, the club said: ‘We wish him well for the future.’",
       ("We wish him well for the future.", "club")),
    _c(SINGLE, "‘This is a landmark ruling,’ said Amnesty International’s UK director, "
               "Sacha Deshmukh.",
       ("This is a landmark ruling,", "Deshmukh")),
    _c(SINGLE, "Downing Street said the prime minister was ‘disappointed’ by the vote.",
       ("disappointed", "Downing Street")),
    _c(SINGLE, "‘It’s a sad day for the town,’ said the local MP, who grew up nearby.",
       ("It’s a sad day for the town,", "MP")),
    _c(SINGLE, "He added: ‘We will appeal.’", ("We will appeal.", "He")),
    _c(SINGLE, "‘No comment,’ said a spokesman for the palace.",
       ("No comment,", "spokesman")),
    _c(SINGLE, "The Met said officers were ‘aware’ of the video and were ‘assessing’ it.",
       ("aware", "Met"), ("assessing", "Met")),
    _c(SINGLE, "‘They’ve ripped the heart out of this place,’ said Pat, a regular at the "
               "Crown for 30 years.",
       ("They’ve ripped the heart out of this place,", "Pat")),
    _c(SINGLE, "Stagecoach apologised for what it called ‘an unacceptable level of "
               "service’.",
       ("an unacceptable level of service", "Stagecoach")),
    _c(SINGLE, "‘Why now?’ That is the question many residents are asking.",
       ("Why now?", None)),
    _c(SINGLE, "Mr Ali, 45, told the BBC: ‘I’ve lived here all my life. I’m not moving.’",
       ("I’ve lived here all my life. I’m not moving.", "Ali")),
    _c(SINGLE, "‘It’s brilliant news,’ said Dr Kate Hill, a GP in Hull, ‘but it’s long "
               "overdue.’",
       ("It’s brilliant news,", "Hill"), ("but it’s long overdue.", "Hill")),
    _c(SINGLE, "The Financial Conduct Authority said firms must treat customers ‘fairly’.",
       ("fairly", "Financial Conduct Authority")),
    # --- Other marks --------------------------------------------------------------------
    _c(OTHER, "„Das ist unser Haus“, sagte die Mieterin. „Wir bleiben.“",
       ("Das ist unser Haus", ANY), ("Wir bleiben.", ANY)),
    _c(OTHER, "»Kommen Sie herein«, sagte der Professor.",
       ("Kommen Sie herein", ANY)),
    _c(OTHER, "« Il faut agir vite », estime le chercheur.",
       ("Il faut agir vite", ANY)),
    _c(OTHER, "Germany’s economy minister, Katherina Reiche, said: „Wir brauchen "
              "Wachstum.“",
       ("Wir brauchen Wachstum.", "Reiche")),
    _c(OTHER, "«Это наш выбор», сказал он.",
       ("Это наш выбор", ANY)),
    _c(OTHER, "「準備はできている」と監督は語った。",
       ("準備はできている", ANY)),
    _c(OTHER, "The Italian president, Sergio Mattarella, said: «Serve unità».",
       ("Serve unità", "Mattarella")),
    _c(OTHER, "„Ani kroku wstecz”, zapowiedział minister. Poland’s defence minister, "
              "Władysław Kosiniak-Kamysz, added: „Nigdy.”",
       ("Ani kroku wstecz", ANY), ("Nigdy.", "Kosiniak-Kamysz")),
    _c(OTHER, "»Hilfe kommt«, twittered the German chancellor.",
       ("Hilfe kommt", "chancellor")),
]

ROUNDS: tuple[list[Case], ...] = (FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH)
CASES: list[Case] = [case for cases in ROUNDS for case in cases]
"""Every round's cases, in order."""
