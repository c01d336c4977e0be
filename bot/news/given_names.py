"""More given names, from the languages news most often names people in.

`names.FIRST_NAMES` takes these in: a capitalised run that opens with one is a
person ("Marketa Vondrousova beat Ons Jabeur" has no title or speech verb to
tell). Left out on purpose: names that are also places, months, brands or
common words written with a capital ("Paris", "Milan", "June", "Mercedes",
"Will", "Chase", "Jordan", "Madison"), where a wrong person costs more than a
missed one.
"""

from __future__ import annotations

# Men's and women's names together; `FEMALE` below lists the women's.
GIVEN_NAMES = frozenset(
    """
    abdullah abdulrahman abel abraham adel adnan adrian adriana agnes agnieszka
    ahmad aisha akhil akio aleksandr aleksandra alessandra alessandro alexei alexey
    alfonso alfred alfredo alicia alisha alistair allison alonso alvaro amal amanda
    amelia amina amir amira anastasia anders andre andrei andres andrzej angelica
    angelo anil anita anjali ankit annalena anne-marie antoine anton antonella
    antonia anwar anya ari ariel arjun arnold arturo arvind ashish ashley ashok aung
    ayesha aziz bashar beatriz benedict benoit bernardo bertrand beth bettina bilal
    bjorn blake bogdan borja brendan brett bridget brigitte bruno bryan caitlin
    camila camille candice carla carlo carmen cecilia cedric cesar chantal charlotte
    chiara chinedu christoph christophe cindy clara claude claudia claudio clement
    colleen conor constance constantin cristian cristina cynthia daisuke dalia
    damian damien dana daniela daniele danielle dario darius dawit deepak denis
    denise derek devendra diego dimitri dmitri dominic dominique donna doris dorothy
    duncan dylan edgar edith edmund eduardo edwin ekaterina elena eleni eli elias
    elif elijah elisa elisabeth eliza ella ellen elliot emil emilia emilio emine
    emre enrico enrique erin ernesto ernst esther ethan eugene eva evan evelyn
    fabian fabio fahad faisal farah farid federico felipe felix fernanda fernando
    filip filippo fiona florian francesca francesco francisco franco frank frederic
    friedrich gabriel gabriela gabriele gabrielle gareth gaurav geoffrey georg
    georges gerard gianluca gilbert gilles giovanni giulia giulio gloria gonzalo
    graham guillaume gunther gustavo habib hadi hakan hamid hamza hannah harald
    harold harriet haruki hasan heidi heinrich heinz helena helga herbert hiroki
    hiroko hossein hugo hussein ibrahim ignacio ilya imran ines ingrid irene irina
    isaac isabel isabella isabelle ismail ivan ivana jaime jakob jakub jana janine
    jared javier jean-luc jean-marc jean-paul jean-pierre jeanne jelena jenny jens
    jesus jiri joachim joanna joao joaquin jochen johan johanna johannes jonas jordi
    jorg josef josefina josephine juan-carlos judith jules juliana julien julio
    jurgen kai kaito karim karin karl karolina kasia katarina katarzyna katharina
    kathryn katie katrin kazuo keiko kemal kenta kerry khaled khalid kiran kirsten
    klara kofi konrad kristen kristina krzysztof kurt kwame kyle lars laszlo laura
    leila lena leo leon leonardo leonid levent liam lindsay lionel liz lorenzo luc
    luca lucas lucia luciana ludwig luigi luisa lukas luke lydia magdalena mahmoud
    maja makoto malik manfred manon manuela marc marcel marcela marco marcos marcus
    margarita margot mariana marianne mariano marina mario marion mariusz marketa
    markus marta martina massimo mateo mathias mathieu matilda matthias maurice
    mauricio maurizio maxim maxime maximilian mehdi mehmet melanie mia michal michel
    michele mikhail milos miriam mirko mohamed mohammad monica monika mustafa nabil
    nadia nadine naoki naomi natalia natalie natasha nathalie nelson nestor nicola
    nicolai nikita niklas nikola nikolai nikolaos nils nina noura nuno olga oscar
    osman otto pablo pamela paola paolo pascal patrice patricia patrick paula paulo
    pavel pawel pedro petr petra philippe pietro piotr pooja priyanka rafael rafal
    raffaele rahim rajesh ramon ramona raquel rashid raul reem reinhard renata
    renate renato rene ricardo riccardo rita roberta roberto rodrigo rolf roman
    romano rosa rudolf rui ruth sabine sabrina sadiq salim salma salman salvatore
    samir samira sandeep sandro sanjeev sara sarah sasha satoshi saul sergio shahid
    shamima shane shanti shira shota siddharth sigrid silvia simon simona simone
    sipho sofia sonia sophia stanislav stefan stefanie stefano stephane stephanie
    sunil suresh susanne sven svetlana sylvia sylvie tamara tanja tanya tariq
    tatiana tatyana teresa thabo thierry thomas thorsten tiago tobias tomas tomasz
    tommaso toshiro ulrich ulrike umar uwe valentin valentina valeria valerie
    vanessa vera veronica veronika viktor viktoria vincenzo vittorio vivek walid
    werner wilhelm wojciech xavier yaroslav yasmin yasser yolanda yosef yousef
    youssef yuri yusuf yves zainab zoltan zoran
    olena oleksandr oleksiy dmytro yulia petro vitali vitaliy andriy mykola iryna
    tetiana yevgeny oleg arkady ramzan sergiy denys kyrylo valeriy ihor abdel ebrahim
    javad yair naftali itamar bezalel yitzhak moshe avigdor mamata shehbaz nawaz asif
    benazir fumio yoshihide yuriko luiz dilma evo alberto ons alejandro declan raheem
    kylian erling jude vinicius bukayo kobbie pep saddam hosni muammar hamad tamim
    ashraf cyril uhuru yoweri abiy isaias hailemariam joko prabowo mahathir najib
    keir kassym ilham nikol ekrem shigeru junichiro yukio naoto yoshihiko haruhiko
    masayoshi taro nirmala rajnath sharad nabih fouad saad mette sanna ulf erna kaja
    andrej mateusz lech karol frank-walter sahra tino volker alexandria marjorie
    nikki kristi tulsi elise ilhan rashida ayanna kyrsten hakeem
    zachary willie finn archie theo freddie alfie jake callum hamish angus rory fergus
    euan ewan cillian niall seamus ciaran darragh grover desmond nigel clive trevor
    malcolm giles rupert olivier didier taras vijay ravi ramesh chidi emeka oluwaseun
    jayson achraf khvicha harrison
    betty kimberly shirley brenda samantha debra carolyn olivia joyce megan cheryl
    jacqueline martha janice abigail judy marilyn beverly brittany kayla lori
    aryna iga jasmine frances coco angelique garbine sloane belinda daria ludmila
    oksana ketanji pramila cori kemi priti suella kathy gretchen jill lindsey yvette
    meghan camilla melania ivanka serena sanae mirra barbora katerina qinwen
    novak jannik daniil stefanos holger tommy artem merrick jamaal gavin pete wes
    humza yoav yahya masoud nayib kyriakos bola muhammadu cristiano sadio luka
    lebron giannis shohei usain scottie virgil alexis
    mervyn gayle billie
    pier pierluigi alexandre souleymane mamadou moussa ousmane amadou ibrahima cheikh
    abdoulaye seydou boubacar issa masaaki toshihiko kikuo katsuya takashi koji
    akihiro masahiro nobuyuki nicos vito vitor gaston ishtiak sirri kwabena nnamdi
    olusegun raila mwai jomo tendai zaid nasser osama rami sami manmohan nitish ahmet
    bulent selahattin ehud shimon reuven saeb marwan henrique diosdado ollanta giorgio
    beppe gianni sigmar horst thea tzipi shelly mayawati peyton tiger kimi bubba
    abby joakim graeme manu ryutaro keizo ichiro grigory jeroen joschka
    abdurrahman amien gorgui jacoby darrius
    """.split()
) | frozenset(
    # (more of the names news gives with no title: "Deval Patrick", "Bosco Ntaganda")
    """
    abbas abbie abdelaziz abdelmadjid abhinav adele aditya adrien adrienne ahsan aidan
    aimee ajay akhilesh akihito akinwumi alain alana alar alassane albin aldo alec
    aleksandar alenka alija aliko alina alla allie almazbek alyssa amartya ambrose amer
    amin amr anand andreas andrey andrus angie annabel annabelle annegret annette
    antoinette antoni anura anutin archibald armand armando armen armin arne arnie
    arseniy arturs arun arundhati ashwini asim assimi astrid atal atiku attila aubrey
    axar azim babajide babar bakir balazs baptiste bassirou bastian bea becca beji bela
    benito berat bernice bert-jan bertha bethany betsy bheki bhupender bhupesh bidzina
    bilawal binali bjarni blaine bojan bongbong borut bosco boyko brandi braxton brendon
    brianna brice britney britt brock bronson caitlyn caleb calin callie cara carina
    carly carmelo caspar cassandra cassie cathy celeste celia celine cesare cesc
    chadwick chandrababu charles-henri cherie chet chrissy colette collin corey corinne
    cornelia cornelius crin dacian dag damon dani dante daphne deanna deirdre delcy
    delilah denzel deval devlet dharmendra dietrich dilan dina diomaye dirk-jan donnie
    donovan doreen dorian dorin draymond droupadi dwayne edgars edi edie edmond egils
    egon eknath ellie elsa elton elvira emmerson emmett emomali enoch enzo erich erika
    ernie errol erwin esteban estelle eunice evika ezra falk fatmir fawad fay femi femke
    ferdinand ferenc fidel fikile francine francis franck franz frederik frida fulgence
    fumihito gabi gabrielius gabriella gael galab gamal garth gautam genevieve geoff
    georgina geraldine gergely gerry gertrude gheorghe gibran gideon gil ginny gino
    giorgi gitanas gjorge godswill goran gotabaya gregor gregorio grigor gudni guido
    guillermo gunnar gurbanguly gus gustav gwede gyula haakon hage haider haitham
    hakainde halimah halla hana hanna harbhajan hardeep haris hashim hassanal hattie
    heinz-christian helene hemant hemedti henri henrietta hermann herschel hilary
    himanta hristijan hristo hubert hubertus hulusi idriss ilie ilir indira ingrida
    inzamam irakli irwin isaiah ishaq istvan ivaylo jagan jahangir jamal jan-peter
    janelle janez janis janos jasprit jean-baptiste jean-francois jean-jacques jean-
    louis jean-marie jean-michel jean-noel jean-yves jeanette jeannie jeb jed jen jens-
    christian jeremiah jermaine jethro jocelyn jodie jody jokowi jonah joni josiah josie
    juanita judd julianne juliet juliette jyotiraditya kais kaitlyn kajsa kalonzo kamal
    karan kareem kari karl-heinz karla kashim kassym-jomart katalin katsunobu kawhi
    keegan kelsey kermit kersti kgalema khaleda khalil khaqan kira kiren kiril kirsty
    kithure kizza klaus-dieter klay kolinda kresimir kris krisjanis krista kristalina
    kristrun kuldeep lacey lars-erik laurence laurent layla leanne leland leni lenny
    levon lewis lina lindiwe liza lola lorna lorne lottie louisa luciano lucie lucinda
    lucio lucius luhut lula lynda lyndon lynette lynne macky madeleine madge magda
    maggie magnus mahamadou mahamat maher mahinda maia maithripala mallikarjun manny
    mansukh marcello marcelo marek margo margrethe marguerite mari marie-christine
    marie-france marie-helene marisa marko marlon marriyum marty masako maude maura
    mcebisi megawati mehriban merle mesut mevlut micah michaela mick mika mikael mikheil
    millie milorad minnie mirabai mircea misbah missy mmusi moise mojca mokgweetsi
    mollie monty mort  mostafa mswati muhoozi muhyiddin mukesh muriel  musalia
    mykhailo myron naledi nana nandan nangolo naruhito natasa naveen nawaf nebojsa ned
    netumbo neymar ngozi nico nicusor nik niki nkosazana noor nyesom octavia odell ole
    oleksii omer omid orville oskar oswald ozzie paetongtarn paige pele penelope
    pernille pervez petteri philipp pia piero pierre-yves pinarayi piyush polly prakash
    pralhad pranab pravin prawit prayuth primoz pushpa qaboos qamar quentin rabiu
    radovan rae rafizi raimonds rainer rajan rajiv ramush ranil raphael ratan ratko
    reeva reggie reginald regis reiner renee retno revanth reza rhett ricarda rigathi
    rishabh rocco roderick rodger rohit ronaldo rosalind roscoe roseanne rossen rudi
    rumen russ saadeddine sachin sadyr saeed saina sajith sakshi  sali salome sammy
    sarfraz sauli saulos selena seretse serhiy serzh shaun shavkat sheldon sherwood
    shivraj shoaib shubman sibusiso sid siddaramaiah siegfried siim silas simeon
    slobodan smriti socrates solange sona sonja srettha  steffi steph stu suryakumar
    susanna sushma susie susilo suzanne suzy svenja sviatlana sybil tamas tarique tasha
    tayyip tejashwi tessa thad thaksin thanos tharman thiago thom tidjane tito tomislav
    toomas toshimitsu traian trey trisha tristan tsvetana tundu turki tyson uddhav
    ulysses uma umaru urmas usman vadym vahagn valdas vasundhara vasyl vern vicente
    vicky vikram vinesh viorica virender vjosa vlad vojislav vytautas wally waqar
    wilfred willard woodrow wopke wyatt xanana xander xavi xochitl yashasvi yasutoshi
    yemi yingluck yoko yoshimasa zach zaheer zahid zeke zhelyu zlatan zlatko zsolt
    newt katja ilia picabo masahiko cate charlton lalu morgan
    """.split()
)

# Women's names among those above, so that "he" does not stand for one of them.
FEMALE = frozenset(
    """
    adriana agnes agnieszka aisha aleksandra alessandra alicia alisha allison amanda
    amelia amina amira anastasia angelica anita anjali annalena anne-marie antonella
    antonia anya ashley ayesha beatriz beth bettina bridget brigitte caitlin camila
    camille candice carla carmen cecilia chantal charlotte chiara cindy clara
    claudia colleen constance cristina cynthia dalia dana daniela danielle denise
    donna doris dorothy edith ekaterina elena eleni elif elisa elisabeth eliza ella
    ellen emilia emine erin esther eva evelyn farah fernanda fiona francesca
    gabriela gabrielle giulia gloria hannah harriet heidi helena helga hiroko ines
    ingrid irene irina isabel isabella isabelle ivana jana janine jeanne jelena
    jenny joanna johanna josefina josephine judith juliana karin karolina kasia
    katarina katarzyna katharina kathryn katie katrin keiko kirsten klara kristen
    kristina laura leila lena lindsay liz lucia luciana luisa lydia magdalena maja
    manon manuela marcela margarita margot mariana marianne marina marion marketa
    marta martina matilda melanie mia miriam monica monika nadia nadine naomi
    natalia natalie natasha nathalie nina noura olga pamela paola patricia paula
    petra pooja priyanka ramona raquel reem renata renate rita roberta rosa ruth
    sabine sabrina salma samira sara sarah shamima shanti shira sigrid silvia simona
    simone sofia sonia sophia stefanie stephanie susanne svetlana sylvia sylvie
    tamara tanja tanya tatiana tatyana teresa ulrike valentina valeria valerie
    vanessa vera veronica veronika viktoria yasmin yolanda zainab olena yulia iryna
    tetiana mamata benazir yuriko dilma ons nirmala mette sanna erna kaja sahra
    alexandria marjorie nikki kristi tulsi elise ilhan rashida ayanna kyrsten
    betty kimberly shirley brenda samantha debra carolyn olivia joyce megan cheryl
    jacqueline martha janice abigail judy marilyn beverly brittany kayla lori
    aryna iga jasmine frances coco angelique garbine sloane belinda daria ludmila
    oksana ketanji pramila cori kemi priti suella kathy gretchen jill lindsey yvette
    meghan camilla melania ivanka serena sanae mirra barbora katerina qinwen
    gayle billie thea tzipi shelly mayawati abby katja picabo cate
    """.split()
) | frozenset(
    """
    abbie adele adrienne aimee alana alenka alina alla allie alyssa angie annabel
    annabelle annegret annette antoinette arundhati ashwini astrid bea becca bernice
    bertha bethany betsy brandi brianna britney britt caitlyn callie cara carina carly
    cassandra cassie cathy celeste celia celine cherie chrissy colette corinne cornelia
    daphne deanna deirdre delcy delilah dilan dina doreen droupadi edie ellie elsa
    elvira erika estelle eunice evika fay femke francine frida gabi gabriella genevieve
    georgina geraldine gertrude ginny halimah halla hana hanna hattie helene henrietta
    hilary indira ingrida janelle janis jeanette jeannie jen jocelyn jodie joni josie
    juanita julianne juliet juliette kaitlyn kajsa karla katalin kelsey kersti khaleda
    kira kirsty kolinda krista kristalina kristrun lacey layla leanne leni lina lindiwe
    liza lola lorna lottie louisa lucie lucinda lynda lynette lynne madeleine madge
    magda maggie maia margo margrethe marguerite mari marie-christine marie-france
    marie-helene marisa marriyum masako maude maura megawati mehriban michaela millie
    minnie mirabai missy mojca mollie muriel naledi natasa netumbo ngozi nkosazana
    octavia paetongtarn paige penelope pernille pia polly pushpa rae reeva renee retno
    ricarda rosalind roseanne saina sakshi salome selena smriti solange sona sonja
    steffi susanna sushma susie suzanne suzy svenja sviatlana sybil tasha tessa trisha
    tsvetana uma vasundhara vicky vinesh viorica vjosa xochitl yingluck yoko
    """.split()
)
