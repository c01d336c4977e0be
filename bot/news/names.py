"""Word lists that tell people from places, organisations and calendar words.

Lexicons only; the logic that uses them lives in `people` and `attribution`.
Everything is lower case.
"""

from __future__ import annotations

import unicodedata

from bot.news.given_names import FEMALE, GIVEN_NAMES

# Words that may open a capitalised run but are not part of a name.
SENTENCE_WORDS = frozenset(
    """a an the this that these those he she it they we i you his her its their our my your
        in on at by for from with of to and or but as if when while after before since
        during despite although though however meanwhile also still even only yes no not all
        some many most several both each every any there here where what who whom whose
        which why how then now today yesterday tomorrow tonight earlier later last next
        first under over about against between among into onto upon according speaking asked
        following because so such one two three dear mr mrs ms dr sir madam miss""".split()
)

CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
        april may june july august september october november december jan feb mar apr jun
        jul aug sep sept oct nov dec christmas easter spring summer autumn winter fall""".split()
)

# Single words that mark a capitalised run as an organisation, place or thing.
NON_PERSON_WORDS = frozenset(
    """inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group
        holdings airlines airline airways air motors motor bank banks fund association union
        survey synod initiative initiatives reform coalition alliance project projects
        movement caucus society studies convictions supper prayer builders realtors
        council committee commission department ministry agency office bureau board
        administration government parliament congress senate house court university college
        institute school hospital foundation party army navy force forces police service
        services systems technologies technology international national federal united
        states kingdom republic north south east west northern southern eastern western new
        city county state province avenue road airport station center centre river island
        square cathedral museum library hotel palace castle synagogue chapel prison
        theatre theater gallery plaza highway boulevard
        islands exchange market markets index stock stocks street journal times post news
        reuters agency television tv radio network networks channel magazine organization
        organisation treasury reserve fed gop democrats republicans church mosque temple
        apple boeing airbus google microsoft twitter facebook youtube instagram iphone ipod
        ipad mac macbook itunes windows android dow nasdaq ftse nikkei dax cac
        s&p euro dollar yen europe asia africa america americas australia antarctica
    aircraft airplanes assembly plant factory organisations organizations day night
    san santa los las saint sankt spiegel guardian telegraph herald tribune gazette
    chronicle automobile automotive
    sachs grumman lockheed mckinsey deloitte kpmg accenture
    league cup championship championships tournament olympics games club fc stadium arena
    festival awards summit conference hurricane typhoon cyclone storm sports retail
    brands stores foods energy pharmaceuticals logistics villa rovers wanderers
    athletic albion argyle hotspur rangers celtic dynamo sporting juventus fire rescue
    guard garden gardens operation gas water bay centers centres
    electronics ratings rights watch borders brothers bros industries steel pacific
    telekom credit suisse agricole societe generale santander banco chase royal dutch
    saudi arabia sri lanka costa rica puerto rico coast fort bayern munich jazeera fein
    younis catholics muslims christians jews protestants americans europeans
    mining metals minerals resources petroleum supply partners laboratories labs
    securities chartered watchers parenthood tinto locker zeitung corriere allgemeine
    popolo liberta sera leone saxony silesia scotia paulo novgorod aires
    act command entertainment productions studios unions confederation capitol
    cemetery""".split()
)

# What "Miss" names when it is a contest, not a woman: "Miss Universe", "Miss America".
PAGEANTS = frozenset(("universe", "world", "america", "usa", "teen", "earth", "international"))

# Words of NON_PERSON_WORDS or ROLE_WORDS that are family names too ("Brian West",
# "Tyra Banks", "Jeffrey Sachs", "Mervyn King", "Julie Bishop"): after a given name
# they end the name.
SURNAME_WORDS = frozenset(
    """west north banks church may sachs king bishop judge prince costa chase royal jordan
    washington israel london paris pope sultan driver warden marshal anchor bay""".split()
)

# Countries, regions and big cities that look like names ("Kim" is not here).
PLACES = frozenset(
    """afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain
        bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon
        canada chile china colombia congo croatia cuba cyprus czechia denmark ecuador egypt
        england estonia ethiopia finland france georgia germany ghana greece guatemala haiti
        honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
        japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon libya
        lithuania luxembourg malaysia mali malta mexico moldova mongolia montenegro morocco
        myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine
        panama paraguay peru philippines poland portugal qatar romania russia rwanda
        scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden
        switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine uruguay
        uzbekistan venezuela vietnam wales yemen zambia zimbabwe washington london paris
        berlin moscow beijing tokyo seoul pyongyang brussels geneva rome madrid delhi mumbai
        sydney toronto ottawa detroit chicago boston seattle toulouse hamburg dublin dubai
        shanghai kong york california texas florida michigan ohio kansas alabama
        virginia carolina jersey cupertino manhattan hollywood pradesh nadu bengal""".split()
)

# Capitalised words of an office or department ("Undersecretary ... for
# Acquisition Darleen Druyun"): not names, and a name may follow them.
DEPARTMENT_WORDS = frozenset(
    """acquisition communications operations finance marketing sales affairs policy
    development research defense defence security health education energy commerce
    justice transportation labor labour trade industry economics strategy planning
    engineering procurement competition interior environment agriculture treasury
    state staff cabinet intelligence foreign immigration housing""".split()
)

# "Kim's sister, Kim Yo Jong": kin and neighbours given in apposition are titles there,
# and "her son said" names a speaker.
KIN_WORDS = frozenset(
    """sister brother wife husband son daughter mother father widow widower cousin
    niece nephew neighbor neighbour friend mate teammate rival opponent challenger ally
    mentor uncle aunt grandmother grandfather grandson granddaughter stepfather stepmother
    stepson stepdaughter fiancee fiancée fiance fiancé girlfriend boyfriend classmate
    roommate brother-in-law sister-in-law father-in-law mother-in-law son-in-law
    daughter-in-law""".split()
)

# Family in apposition says a person as a role does ("June Steenkamp, the mother of").
FAMILY_WORDS = frozenset(
    """mother wife husband son daughter brother widow widower uncle aunt grandmother
    grandfather stepfather stepmother""".split()
)

# Roles that "first" is part of: "first lady Melania Trump", "first minister".
FIRST_ROLES = frozenset("lady gentleman minister secretary deputy".split())

# Words of a relation that title a name known to be a person's ("conservative
# rival Kim Moon-soo"): not roles, which make a person of any name ("Aer Lingus
# rival Ryanair" is a firm).
RIVAL_WORDS = frozenset("rival opponent challenger".split())

# Lower-case words that qualify a role before a name: "foreign ministry
# spokesman", "press secretary" (capitalised, "Press" may be a family name).
ROLE_QUALIFIERS = frozenset(
    "ministry party union bank company firm agency group committee council government "
    "police army navy court press media campaign opposition rebel labor labour".split()
)

# Nouns of a role: they make the capitalised run after them a person's name.
ROLE_WORDS = frozenset(
    """president vice-president chairman chairwoman chairperson chair ceo cfo coo cto
        executive director manager secretary minister premier chancellor prime governor
        senator sen. rep. representative congressman congresswoman mayor leader spokesman
        spokeswoman spokesperson official officer analyst economist strategist trader
        adviser advisor aide general gen. admiral colonel captain lieutenant sergeant
        commander chief head founder co-founder cofounder owner judge justice attorney
        lawyer prosecutor ambassador envoy diplomat king queen prince princess emperor pope
        bishop cardinal rabbi imam professor prof. dr. doctor researcher scientist expert
        journalist reporter editor writer author correspondent columnist commentator analyst
        partner engineer pilot designer inventor entrepreneur investor banker
        billionaire businessman businesswoman actor actress singer musician player coach
        striker captain mr mr. mrs mrs. ms ms. miss sir lord lady dame deputy undersecretary
        commissioner inspector detective agent candidate nominee activist worker employee
        member lawmaker legislator councillor councilor delegate negotiator
        councilman councilwoman publicist physician consultant organizer soldier treasurer
        auditor pastor priest quarterback pitcher referee umpire chef architect comedian poet
    president-elect director-general secretary-general attorney-general governor-general
    solicitor-general surgeon-general inspector-general vice-chancellor editor-in-chief
    commander-in-chief chief-of-staff speaker whip gov. lt. lt.-gov. col. sgt. capt. adm.
    cmdr. supt. atty. maj. brig. cpl. pfc. pvt. spc. corporal
    det. insp. rev. reverend campaigner protester survivor historian lecturer novelist
    coroner coordinator forecaster meteorologist ombudsman warden marshal scholar
    investigator examiner anchor driver counsel
    artist producer filmmaker photographer sheriff firefighter paramedic surgeon nurse
    teacher mp mep msp mla boss skipper footballer cricketer athlete goalkeeper
    administrator sultan emir sheikh comptroller trustee provost curator playwright
    presenter skier swimmer cyclist golfer jockey astronaut organiser mogul magnate tycoon
    solicitor barrister magistrate ayatollah archbishop patriarch vicar monsignor deacon dr
    father sister witness farmer teenager bystander drummer guitarist bassist pilgrim
    worshipper landlord frontman
    gen lt col sgt capt maj brig supt insp prof constable del. ald.
    midfielder defender winger rapper superintendent republican democrat resident
    retiree student homeowner shopkeeper rancher fisherman volunteer commuter voter
    passenger successor predecessor counterpart creator adventurer explorer climber
    mountaineer sprinter mediator heir heiress veteran diver clerk alderman alderwoman
    selectman selectwoman supervisor freeholder assessor recorder fellow sens. reps.
    rescuer
    linebacker lineman tailback fullback halfback cornerback kicker punter shortstop
    outfielder infielder catcher baseman goaltender goalie defenseman rookie slugger
    left-hander right-hander southpaw czar tsar taoiseach tanaiste cosmonaut dealer broker
    tem tempore""".split()
)

# Endings of role nouns no list can hold: epidemiologist, physician, demographer.
ROLE_SUFFIXES = ("ologist", "ician", "icians", "ologists", "ographer")

# Lower-case words a title may hold before its role: "Labour's shadow chancellor".
TITLE_MODIFIERS = frozenset(
    "former acting interim shadow senior junior outgoing incoming assistant associate "
    "managing deputy caretaker public vice central".split()
)

# Nouns of a company ("the carmaker said", "vaccine maker Bavarian Nordic") and of a
# public body ("the ministry said"): together, the nouns of an organisation.
COMPANY_NOUNS = frozenset(
    """company firm automaker carmaker drugmaker chipmaker planemaker maker airline
    carrier manufacturer bank group corporation conglomerate giant retailer insurer
    lender startup start-up brand""".split()
)
# The nouns of a public body ("the ministry said"), each with the words a name of
# its kind holds: "the union" is the Air Line Pilots Association, not Boeing.
PUBLIC_BODY_NAME_WORDS = {
    "agency": frozenset("agency administration service commission bureau authority".split()),
    "ministry": frozenset("ministry department office".split()),
    "department": frozenset("department ministry office".split()),
    "union": frozenset("union association federation workers guild teamsters".split()),
    "exchange": frozenset("exchange nasdaq nyse".split()),
}
PUBLIC_BODY_NOUNS = frozenset(PUBLIC_BODY_NAME_WORDS)
# Words that mark a name as no business's: "the airline said" is not the
# "National Mediation Board" or the "Air Line Pilots Association" named since.
NOT_BUSINESS_NAME_WORDS = PUBLIC_BODY_NOUNS | frozenset(
    """board commission council committee court authority office parliament senate
    congress police army government association federation institute university
    organization organisation nations league party plaza square avenue road street bridge
    river island airport station stadium arena cathedral prison palace""".split()
)

# Words that mark a role noun phrase ("a spokesman for Airbus") when no name follows.
ROLE_HEADS = frozenset(
    """spokesman spokeswoman spokesperson official officials analyst analysts economist
        economists source sources aide aides adviser advisers advisor expert experts
        executive executives trader traders strategist strategists representative
        representatives lawyer lawyers witness witnesses resident residents
        observer observers critic critics insider insiders investor investors diplomat
        diplomats officer officers worker workers employee employees researcher
    researchers negotiator negotiators professor professors supplier suppliers
    premier politician politicians lawmaker lawmakers member members""".split()
)

# Common given names: a capitalised run opening with one is a person.
FIRST_NAMES = (
    frozenset(
        """aaron adam alan albert alex alexander alexandra alice alison amanda amy andrea
        andrew andy angela ann anna anne anthony antonio arthur barack barbara ben benjamin
        bernard bill billy bob bobby brad brandon brian bruce carl carlos carol caroline
        catherine charles charlie chris christian christina christine christopher claire
        colin craig dan daniel danny darren dave david deborah dennis diana diane donald
        doug douglas ed eddie edward elizabeth emily emma eric erik frank fred frederick
        gary george gerald gordon grace greg gregory hans harry heather helen henry howard
        hugh ian jack jacob james jamie jane janet jason jean jeff jeffrey jennifer jeremy
        jerry jesse jessica jim jimmy joan joe joel john johnny jon jonathan jose joseph
        josh joshua juan julia julian julie justin karen kate katherine kathleen keith kelly
        ken kenneth kevin kim laura lauren lawrence lee leonard linda lisa louis luis
        margaret maria marie mark martin mary matt matthew melissa michael michelle mike
        nancy nathan neil nicholas nick nicolas nicole noah norman oliver pat patricia
        patrick paul peter phil philip rachel ralph randy raymond rebecca richard rick rob
        robert robin roger ron ronald rose roy russell ryan sam samuel sandra sarah scott
        sean sebastian sharon stephen steve steven stuart susan ted terry thomas tim timothy
        todd tom tony victoria vincent walter wayne william angela emmanuel vladimir xi
        shinzo theresa boris justin jacinda recep narendra moon jair rishi olaf giorgia
        benjamin volodymyr hillary nancy chuck mitch kamala joe mitt bernie elon jeff warren
        sundar tim satya mark larry sergey jack marissa sheryl ginni indra alan ben jerome
        janet mario christine ursula antonio jens dmitry sergei igor ali mohammed muhammad
        ahmed hassan omar abdul fatima yuki hiroshi takeshi kenji akira wei jun ming hui
        chen francois pierre jacques jean-claude nicolas angela gerhard helmut wolfgang
        klaus dieter silvio matteo giuseppe luigi pedro miguel manuel jorge rahul amit
        sanjay priya raj rowan abu umm
        loretta darnell shanice tavon xiomara keanu hansi ollie unai mikel zinedine arsene
        kylian dwyane kobe shaquille alvin angelina annie arlene audrey ava barry beatrice
        becky benny bernadette bert bianca bonnie boyd brent brooke byron calvin candace
        carrie casey cecil charlene chloe christy clarence clayton clifford clint cody
        connie cora cory courtney curtis darlene darrell darryl daryl debbie delia della
        delores devin dianne dolores dora duane dustin dwight edna eileen elaine eleanor
        elmer eloise elsie elvis erica ernest ethel felicia flora floyd franklin gail
        garrett gina gladys glenda glenn greta gwen gwendolyn hailey harvey herman hilda
        homer horace ida inez irma jackie jay jeannette jenna jimmie joanne jodi joey jolene
        justine kara kay kendra kirk kristin lana latoya laurie laverne leah leona leroy
        leslie lester lila lillian lily lloyd lois lonnie lorraine louise lucille lucy lyle
        lynn mabel madeline mae mamie mandy marcella marcia margie marian marlene marsha
        marvin maureen mavis maxine melinda melvin meredith micheal mildred mindy miranda
        mitchell molly monique myra myrtle nathaniel neal nell nellie nettie nora norma otis
        owen pam patsy patti pauline peggy percy perry phyllis priscilla rachael randall
        rebekah rena rhonda ricky rochelle rodney rogelio roland ronnie rosalie rosemary
        rosie roxanne ruben rudolph rudy rufus sadie sally salvador selma seth shari shawn
        sheila shelby shelley sherri sherry sidney sonya sophie spencer stacey stacy tammy
        tara terrance terrence thelma theodore tina toby toni tonya tracey traci tracy
        travis tyler tyrone velma verna vernon vicki vickie victor viola vivian wallace
        wanda wendell wendy wesley whitney wilbur wilma winifred yvonne zoe""".split()
    )
    | GIVEN_NAMES
)

# Given names of women among FIRST_NAMES and beyond: "she" is not "Tim Walz",
# "he" is not "Maria Lopez".
FEMALE_NAMES = (
    frozenset(
        """alexandra alice alison amanda amy andrea angela ann anna anne barbara carol
    caroline catherine christina christine claire deborah diana diane elizabeth emily
    emma fatima giorgia grace heather helen hillary indra jacinda jane janet jean
    jennifer jessica joan julia julie kamala karen kate katherine kathleen kelly laura
    lauren linda lisa margaret maria marie marissa mary melissa michelle nancy nicole
    patricia priya rachel rebecca rose sandra sarah sharon sheryl susan theresa
    ursula victoria yuki ginni darleen dana betty jill jennifer maryann neelie patty
    rebecca mary kemi diane olena karine ruth lucy sophie olivia umm
    loretta shanice xiomara angelina annie arlene audrey ava beatrice becky bernadette
    bianca bonnie brooke candace carrie charlene chloe christy connie cora courtney
    darlene debbie delia della delores dianne dolores dora edna eileen elaine eleanor
    eloise elsie erica ethel felicia flora gail gina gladys glenda greta gwen gwendolyn
    hailey hilda ida inez irma jeannette jenna joanne jodi jolene justine kara kay
    kendra kristin lana latoya laurie laverne leah leona lila lillian lily lois lorraine
    louise lucille mabel madeline mae mamie mandy marcella marcia margie marian marlene
    marsha maureen mavis maxine melinda meredith mildred mindy miranda molly monique
    myra myrtle nell nellie nettie nora norma pam patsy patti pauline peggy phyllis
    priscilla rachael rebekah rena rhonda rochelle rosalie rosemary rosie roxanne sadie
    sally selma shari sheila shelby shelley sherri sherry sonya stacey tammy tara thelma
    tina toni tonya tracey traci velma verna vicki vickie viola vivian wanda wendy
    whitney wilma winifred yvonne zoe""".split()
    )
    | FEMALE
)


def folded(word: str) -> str:
    """`word` without its accents ("markéta" -> "marketa"); ASCII words as they are."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given_name(lower: str) -> bool:
    """Whether a lower-case word is a common given name, accents or not ("Jürgen")."""
    return lower in FIRST_NAMES or (not lower.isascii() and folded(lower) in FIRST_NAMES)


def is_female_name(lower: str) -> bool:
    """Whether a lower-case given name is a woman's, accents or not ("Markéta")."""
    return lower in FEMALE_NAMES or (not lower.isascii() and folded(lower) in FEMALE_NAMES)


# Family names written first (East Asian order): "Kim" of "Kim Yong Chol".
SURNAME_FIRST = frozenset(
    """kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song
        yoo hong jeon ko moon yang son bae baek heo nam shim noh ha kwak sung cha joo woo
        koo min ryu na jin ji eom chae won cheon bang gong wang li zhang liu chen yang huang
        zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang xi deng
        mao jiang wen hu""".split()
)

# Office-holders whose office an article may name without naming the holder:
# canonical key -> role references that point to them.
KNOWN_OFFICE_HOLDERS: dict[str, tuple[str, ...]] = {
    "kimjongun": ("North Korea's leader", "the North Korean leader"),
    "donaldtrump": ("the US president", "the U.S. president", "the American president"),
    "barackobama": ("the US president", "the U.S. president", "the American president"),
    "georgewbush": ("the US president", "the U.S. president", "the American president"),
    "joebiden": ("the US president", "the U.S. president", "the American president"),
    "xijinping": ("China's leader", "the Chinese leader", "the Chinese president"),
    "vladimirputin": ("Russia's leader", "the Russian leader", "the Russian president"),
    "moonjaein": ("South Korea's leader", "the South Korean leader", "the South Korean president"),
    "shinzoabe": ("Japan's leader", "the Japanese leader", "the Japanese prime minister"),
    "emmanuelmacron": ("France's leader", "the French leader", "the French president"),
    "angelamerkel": ("Germany's leader", "the German leader", "the German chancellor"),
    "theresamay": ("Britain's leader", "the British leader", "the British prime minister"),
}


# Verbs that attribute words to a speaker ("said", "told", "shouted").
SPEECH_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding state
    states stated stating explain explains explained explaining note notes noted
    noting ask asks asked asking reply replies replied replying continue continues
    continued conclude concludes concluded write writes wrote writing announce
    announces announced announcing comment comments commented commenting claim
    claims claimed claiming argue argues argued arguing insist insists insisted
    warn warns warned warning declare declares declared declaring remark remarked
    acknowledge acknowledged admit admits admitted concede conceded suggest
    suggests suggested indicate indicates indicated describe describes described
    describing call calls called calling cite cites cited citing predict
    predicted urge urged promise promised vow vowed respond responded recall
    recalled remember remembered report reports reported enthused exclaimed quipped
    boasted lamented cautioned pledged affirmed asserted contended maintained
    speculated retorted answered mused opined elaborated added reveal reveals
    revealed disclose discloses disclosed praised praises praising confirm confirmed deny
    denied emphasize emphasized emphasise emphasised stress stressed agree agreed
    joke joked counter countered tweet tweeted quote quotes quoted
    believe believes believed think thinks thought reckon reckons estimate
    estimated forecast hint hinted observe observed recount recounted reiterate
    reiterated explained complain complained criticize criticized criticise
    criticised praise praised testify testified predicted assure assured mention
    mentioned accuse accuses accused accusing posted posts post shouted yelled screamed
    cried whispered muttered sighed fumed pleaded sobbed chanted texted emailed""".split()
)
