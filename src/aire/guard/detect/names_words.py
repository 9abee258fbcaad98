"""Word lists of the person-name finder (``names``): words that are never part of a
name, words that lead a sentence, person slots, titles, the words and phrases that say a
person follows, and a hand-written supplement of given names and surnames of cultures the
Census lists barely know. Literal data only; how they are used is in ``names``.
"""

from __future__ import annotations

__all__ = [
    "BLOCK", "CUE_PHRASES", "CUE_WORDS", "LEADERS", "MORE_GIVEN", "MORE_SURNAMES", "PLACES",
    "SLOTS", "TITLES",
]  # fmt: skip

# capitalised words that are never part of a person's name
BLOCK = frozenset(
    """
street st avenue ave road rd lane drive dr. boulevard blvd way court ct place square
parkway terrace highway bridge palace museum university college school hospital bank
church cathedral park river lake mount mountain island islands sea ocean valley city
county state states kingdom republic union nations united league cup championship
assembly council committee ministry department office agency court senate parliament
company corporation corp inc ltd llc gmbh ag sa plc group holdings partners foundation
institute association society club team fc airport station hotel restaurant cafe café
mall center centre market hall tower building house gate street's monday tuesday
wednesday thursday friday saturday sunday january february march april june july august
september october november december christmas easter python java windows linux android
iphone google apple microsoft amazon facebook meta twitter openai chatgpt gpt ai api sdk
north south east west northern southern eastern western new old great little saint san
santa los las the a an and or of for in on at to by with from dear hi hello thanks thank
please regards best kind sincerely yours cheers subject re fwd fw note notes customer
customers team everyone all staff tenants parents students members manager pride
prejudice express machine learning engineer engineers roles version chapter order
invoice ticket priority normal supreme general golden real madrid paris london berlin
tokyo york champions premier orchestra band choir ensemble quartet records studio studios
theatre theater cinema gallery library press media news schools academy clinic labs lab
systems solutions technologies software services consulting ventures capital industries
enterprises international global network associates springs extensions radial dam cite
cité crossing crossroad junction estate estates village
town beach line pier towers ward district province apartments residency bay harbour
harbor mandir temple mosque masjid nagar colony sector sao universe falls ranch cape
""".split()  # noqa: SIM905
)
# words that end a sentence-initial run without being names
LEADERS = frozenset(
    """
please the this that these those our your my his her their its we you they he she it i
if when while after before since because although but and or so then also yesterday
today tomorrow congratulations thanks thank dear hi hello welcome send ship deliver
forward return write mail pick ask call contact tell meet invite email reach update
could can would will should may might must shall does did do is are was were has have
had let lets according invoice recipient emergency lead corresponding interview the keys
our new read visit visited turn take go drive
""".split()  # noqa: SIM905
)
# person slots that may start a run ("Patient Leticia Gómez-Rangel"); dropped like the
# leaders, but a lone word left after one must be a given name or said of a person
# ("Tenant Portal", "Customer Service" stay out)
SLOTS = frozenset(
    """
patient customer client tenant guest employee applicant candidate reviewer assignee
resident passenger buyer seller landlord landlady student member owner kunde kundin
cliente klient
""".split()  # noqa: SIM905
)
TITLES = frozenset(
    """
mr mrs ms miss mx dr prof sir madam dame lord lady herr frau mme mlle sr sra srta don
doña dott ing mag mgr
""".split()  # noqa: SIM905
)
# the word(s) right before a name that say a person follows
CUE_WORDS = frozenset(
    """
with to from by for and ask asked tell told call called contact meet met dear hi hello
cc attn signed named regards sincerely author contact recipient patient customer
employee tenant witness doctor neighbour neighbor colleague manager husband wife son
daughter mother father brother sister friend hired promoted per emailed invited
appointed producer director directed starring says said thanks copy remind notify
inform ping text message sender consignee driver passenger landlord landlady chair
treasurer secretary apologies candidate guest visitor courier technician
rider owner buyer seller attendee attendees speaker organiser organizer attention caro
cara querido querida estimado estimada liebe lieber cher chère hola ciao bonjour salut
hej untuk kepada für pour voor dla pentru
""".split()  # noqa: SIM905
)
CUE_PHRASES = frozenset(
    ("thanks to", "attention of", "name is", "spoke with", "congratulations to",
     "interview with", "written by", "played by")
)  # fmt: skip


# Given names and surnames of cultures the Census lists barely know (West, East and
# southern Africa, Turkey, China, Korea, Vietnam, India, the Arab world, Indonesia,
# Poland, Finland), written for aire from general knowledge (no Faker lists), accents
# folded as ``_key`` folds them; a word of the ordinary-words list is left out.
MORE_GIVEN = """
adebayo adewale ayodele babatunde folasade funmilayo olumide temitope yetunde damilola
kehinde taiwo bukola segun kunle oluwadamilare chiamaka chukwuemeka nkechi obinna
adaeze amaka ebuka ikenna kelechi nnamdi obioma onyeka chinonso chisom ugochi abubakar
aminu hauwa yakubu halima usman abdullahi nasiru kwaku kojo kwesi akua abena adwoa afua
akosua themba nomvula lwazi mandla nandi thandiwe sibusiso bongani lerato palesa tshepo
kagiso karabo lindiwe nokuthula sizwe siyabonga thulani buhle ayanda andile lungile
nomsa zodwa tendai tafadzwa tatenda farai chipo nyasha rudo tinashe kudzai rufaro
wanjiru wanjiku njeri wambui nyambura wairimu muthoni achieng akinyi zawadi jabari
neema aylin ayse burak cem ebru oguz selin serkan tugba yasemin berk ece gizem hakan
murat kerem onur ozge sinan volkan merve busra cansu arda baris tolga umut xiaoming
xiaoli xiaoyu xiaowei yuxuan zihan haoran yichen zhiwei jiahui meiling xiuying guiying
jian jing hui ying hao fang ling yun min-jun seo-jun ji-hoon hyun-woo ji-woo ha-eun
do-yun ji-min soo-jin eun-ji jae-hyun young-ho sung-min dong-hyun yeon-woo jin-woo
hye-jin minji jisoo jiwoo seojun minjun jihoon hyunwoo huong hieu khanh linh ngoc nhung
phuong quynh thanh thao thuy trang trung tuan tung quang cuong deepika divya ishaan
kavya meera neha rajesh sunita vivek amit sneha suresh ramesh kiran arun aditi kriti
swati gaurav manish pranav tanvi venkat srinivas karthik harini murali balaji preeti
rekha sachin sandeep varun yash khalid layla mariam nour samir hassan hussein amira
karim salma youssef ziad bilal imran faisal huda rashid walid jamal samira budi siti
dewi agus bambang eko fitri hendra indah joko lestari putri rina wahyu yudi nurul rizky
bartosz zofia lukasz pawel michal kacper szymon magdalena joanna dorota malgorzata
""".split()  # noqa: SIM905
MORE_SURNAMES = """
okonkwo okafor adeyemi ogunleye okoro nwosu nwankwo chukwu oladipo danjuma mensah
asante owusu boateng acheampong agyeman dlamini nkosi ndlovu mokoena khumalo mthembu
sithole ngcobo mahlangu moyo ncube sibanda mpofu kamau mwangi otieno odhiambo ochieng
kariuki njoroge kimani mutua kiprop kipchoge cheruiyot onyango diallo ndiaye diop traore
kone toure keita coulibaly haile tesfaye bekele girma tadesse mekonnen alemu yilmaz kaya
demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin
ozkan simsek polat erdogan gunes aksoy raghunathan krishnan subramanian chatterjee
banerjee mukherjee ghosh kulkarni deshpande agarwal pillai naidu chaudhary yadav mishra
pandey tiwari srivastava saxena malhotra kapoor khanna chopra bhatia sethi iyer menon
kowalski kowalska wisniewski wisniewska wojcik kowalczyk kaminski kaminska lewandowski
lewandowska zielinski zielinska szymanski wozniak dabrowski kozlowski jankowski krawczyk
virtanen korhonen makinen nieminen makela hamalainen heikkinen koskinen jarvinen
santoso wijaya susanto hidayat saputra setiawan kusuma pratama nugroho siregar
""".split()  # noqa: SIM905

# Round 7 (written for aire from general knowledge on 2026-12-05, no third-party list
# copied, no Faker): given names common today in Ireland, Wales, Scotland, Aotearoa and
# the Pacific, central and eastern Europe, Greece, the Low Countries, the Nordics,
# Hungary, Romania, the Balkans, Iran, the Arab world, Israel, South Asia, Thailand, the
# Philippines, Malaysia, China (pinyin), Japan, Korea, Vietnam, West, East and southern
# Africa, Latin America, Italy, France and Germany, and English names of the last decades
# that the 1990 Census lists predate.
MORE_GIVEN += """
aoife siobhan niamh saoirse caoimhe aisling roisin orla sinead grainne clodagh ciara
eimear deirdre mairead oisin cian eoin padraig seamus ruairi cathal donal fergal colm
darragh tadhg diarmuid fionn ronan declan liam rhys dylan gareth bronwen cerys eleri
ffion gwen gwyneth ifan iwan owain rhiannon sioned catrin dafydd huw emrys alun aled
angharad morag eilidh ailsa iain hamish ewan fraser lachlan callum kirsty isla
aaliyah jayden jaylen brayden kayden aiden nevaeh zoe chloe harper mason logan noah
elijah oliver ethan aria ava mia amelia evelyn isabella sophia scarlett layla luna
hazel nova willow stella violet paisley everly skylar kinsley aroha anahera hemi
wiremu tane manaia nikau kahu mere rawiri ngaio sione losana mele viliami dariusz
marek grzegorz jacek przemyslaw radoslaw slawomir mariusz zbigniew bozena grazyna
jolanta halina krystyna urszula wieslaw agata ewa beata iwona zuzana katerina jiri
jaroslav vaclav ondrej vojtech radek lenka veronika marketa zdenek dmytro oleksandr
oleksiy olena oksana yulia iryna svitlana taras bohdan mykola serhiy andriy vasyl
sergei sergey nikolai vladimir yuri igor ekaterina tatiana natalia svetlana anastasia
irina ludmila galina vladislav maxim artem kirill ilya pavel anatoly giorgos georgios
yiannis ioannis konstantinos dimitris nikos christos panagiotis vasilis kostas eleni
dimitra vasiliki athanasios spyros stavros despina sanne femke lotte anouk daan bram
thijs joost wouter jeroen maarten ruud sjoerd niels koen lieke marieke mieke annelies
hendrik gerrit soren mette sigrid astrid solveig torbjorn ragnhild kjell frode eirik
tuva ingvild signe linnea maja ebba elsa freja mads rasmus kasper jesper anders lasse
oskar jukka kari hannele riikka satu paivi tiina jussi veikko eeva aleksi zsolt
laszlo istvan gabor zoltan ferenc bence levente katalin erzsebet zsofia reka orsolya
ionut andreea mihai razvan cosmin alexandru ioana oana raluca catalina milos nikola
dragan zoran goran ivana jelena marija dusan marko luka snezana vesna ahmet mustafa
emine hatice fatih osman huseyin mehdi hossein hamid parisa shirin nasrin roya dariush
kourosh farhad babak behnaz golnar arash mohammad muhammad abdullah abdul abdulrahman
fahad nasser sultan saud majid hamad noura reem ghada hanan amal rasha wael tarek
sherif ayman mona heba yael noa tamar avi yosef moshe itai eitan shira noam idan liat
aarti abhishek akash amitabh anand anupam ashok bhavna chetan darshan dinesh farhan
gopal harsh hemant jagdish jaya kamala kartik lalit madhuri mahesh mohan nandini
nikita nirmala padma pallavi prakash prasad pradeep radha raghav rakesh ramya
ravindra rupa sanjana saurabh shalini shivani shweta sushma tarun usha vandana vijay
vinod yamini zubair ayesha farah sana irfan nadeem rizwan tahir tanvir rafiq shahid
asif arif javed rubina shabnam nasreen arvind senthil murugan selvi kavitha saravanan
venkatesh anitha revathi sundar vignesh prabhu bharathi sourav subhash debashish
anirban arpita moumita tanushree rituparna somchai somsak siriporn nattapong kittisak
pranee malee anong wichai mariel jericho rodel arnel marites maricel rowena aziz
faridah zulkifli hafiz azlan shahrul xiulan lihua jianguo jianhua zhiqiang yongmei
haiyan hongmei xiaohong xiaoping chunyan qing ping yan haruto yuto sota riku ren
hinata yui aoi mio yuna kenta shota daisuke yusuke takumi kazuki ryosuke naoki hiroto
yuka mayumi tomoko megumi kaori yoko akiko emi satoshi tatsuya shinji kenichi masaki
ji-ho soo-ah min-seo ye-jin su-bin ha-yoon ji-yeon eun-young dong-wook sang-woo
jun-ho hang huy tam binh duc hoa dung hai nam phuc ngozi ifeoma uche nneka ada obi
tobi bisi ronke lanre dayo yemi sola bola gbenga jide kayode wale deji adjoa yaa ama
esi baraka juma amani imani rehema mwajuma saidi hamisi abebe almaz dawit tigist selam
meron yonas hiwot biruk abdi hodan farhiya mohamud fernanda mateus gabriela valentina
ximena yolanda josefina dolores consuelo rocio itziar iker aitor joaquim leandro caio
matheus vinicius luana larissa leticia juliana diego giulia federico giorgio leonardo
riccardo elisa ginevra beatrice theo mathis jules clement baptiste maxime quentin
romain aurelien cedric thibault gaelle manon oceane clemence camille solene margaux
elodie aurelie celine uwe jorg dieter klaus wolfgang helmut gunter horst sabine ute
heike anke silke birgit kerstin dirk jens finn jonas tobias niklas priyanka anushka
aishwarya deepa geeta seema euan ruaridh alasdair murdo torquil catriona mhairi
aigerim nursultan dilnoza bekzod gulnara timur rustam jasur sardor dinara aizhan
askar yerlan madina zarina farrukh bat-erdene enkhjargal oyuunchimeg giorgi nino levan
tamari armen hayk lusine narek anahit ani nimal chaminda dilani kumari sita bikash
aung thiri htet sokha dara chanthou leilani kainoa keanu makana malia kalani noelani
thandeka nokuthula lindani mpho refilwe boitumelo dineo naledi tumelo kgosi chidera
ifeanyichukwu chukwudi ngozika oluchi tochukwu zainab aminat fatou awa moussa ibrahima
souleymane aissatou mariama ousmane seydou cheikh khadija yonatan eyerusalem tsion
samrawit fiyori filmon senait hamdi ilhan abdirahman faduma ayaan nasra
""".split()  # noqa: SIM905
MORE_SURNAMES += """
nowak wisniewska lewandowska dabrowska kozlowska novak novotny svoboda dvorak cerny
prochazka kucera horvath nagy szabo toth kovacs papadopoulos papadakis georgiou
nikolaidis lindqvist lindstrom lundqvist sjoberg bergstrom johansson andersson
karlsson nilsson eriksson hansen jensen nielsen pedersen haddad khoury nasser karimi
hosseini ahmadi rezaei mohammadi moradi rahimi hashimi alvi qureshi siddiqui
chowdhury rahman hossain uddin venkataraman krishnamurthy ramakrishnan
natarajan raman sundaram balasubramanian reddy rao nair shetty hegde gowda
papadimitriou okeke eze obi nwachukwu okoye adebayo ogunbanjo oyelaran afolabi
bello lawal suleiman wanjiku kiplagat rotich wekesa barasa nkrumah ansah darko
tembo phiri banda mwale zulu merwe botha pretorius vries jansen bakker
visser smit meijer mulder dekker brouwer lefevre dubois moreau fournier girard
bonnet lambert fontaine rousseau tremblay gagnon bouchard gauthier
""".split()  # noqa: SIM905

# places that are also given names: a lone one is a person only after a strong cue
PLACES = frozenset(
    """
paris georgia jordan chad israel victoria sydney austin houston dallas denver phoenix
orlando charlotte regina adelaide lincoln madison vienna virginia carolina india china
kenya sierra salem jackson cleveland troy florida dakota indiana montana nevada tyler
memphis aurora savannah france italy spain germany brazil chile peru cuba mali niger
england ireland scotland wales holland america canada australia austria russia egypt
norway sweden denmark finland iceland poland greece turkey japan korea mexico argentina
colombia portugal belgium estonia latvia lithuania ukraine romania hungary cyprus
german french english spanish italian dutch arab american british chinese japanese
russian polish swiss irish scottish danish swedish norwegian finnish greek turkish
jewish christian muslim catholic spring sage santiago florence lima sofia
providencia rio janeiro
""".split()  # noqa: SIM905
)
