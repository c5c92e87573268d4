"""The cases: invented news text in the styles outlets print, each with its quotations.

Each case is a text and its quotations in order: the quoted words as they stand between the
marks, and who is credited (a word the credited name must contain, case aside; None when no
one is, as for a scare quote or a title; ``a|b`` when either is right, as a pronoun and the
name it stands for; ``ANY`` when the cue is not English, so only the quotation's detection
is scored). Every third case (index 2, 5, 8, …) is held out: the
extractor is tuned on the others only, and bench_marks.py reports both parts.

Styles: British and Irish headline and body style (single marks, doubles inside), the FT's
and UK book style, Australian copy; straight single marks as drafts typed on a keyboard
have them; apostrophes all around (won’t, ’90s, rock ’n’ roll, Jones’ car, the Joneses’,
o’clock, ’tis); German „…“ and ‚…‘, »…« and ›…‹; French « … » with its spaces, Swiss «…»;
Polish and Hungarian „…”; Swedish and Finnish ”…”; Japanese 「…」 and 『…』.
"""

from __future__ import annotations

from dataclasses import dataclass

ANY = "*"
"""The credit is not scored (the cue is not English)."""


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

CASES: list[Case] = [
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
