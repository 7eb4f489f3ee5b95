# Rules in small cases, each an article of our own words: "+ S REL T" must
# be extracted, "- S REL T" must not; "+ S REL T MODALITY" must be extracted
# with that modality.  A case is separated by a line "%%".
. "$(dirname "$0")/../lib.sh"
[ -x "$PY" ] || skip "no $PY"

cat >"$T/cases" <<'TXT'
Pakistan's Foreign Office said the raid had been carried out "by hired gunmen" and accused India of funding the group.
+ pakistan accuses india
%%
Dar said the fighters were operating from the hills and launching attacks against Pakistan.
- ishaq-dar attacks pakistan
%%
Dar said the rise in violence was "not only worrying but also endorsed Afghanistan's fears".
- ishaq-dar supports afghanistan
%%
Pakistani jets struck hideouts in Paktika on Monday, officials said.
+ pakistan attacks paktika
%%
Afghan drones hit a border post in Kurram, the army said.
+ afghanistan attacks kurram-district
%%
Iran and Turkey ask the Security Council to blacklist the TTP.
+ iran sanctions tehreek-e-taliban-pakistan
+ turkey sanctions tehreek-e-taliban-pakistan
+ iran appeals united-nations-security-council
%%
Pakistan said 46 people had been killed, and accused India of the attack.
+ pakistan accuses india
%%
Dar said the fighters were operating from the hills, and launching attacks against Pakistan.
- ishaq-dar attacks pakistan
%%
A spokesman for the Taliban government said the crossing had been closed, and accused Pakistan of provoking the clashes.
+ afghanistan accuses pakistan
%%
Khalil Haqqani was killed by a gunman in Kabul on Wednesday.
- kabul attacks khalil-haqqani
%%
Mullah Fazlullah was killed by a US drone strike in Kunar province.
+ united-states attacks mullah-fazlullah
- mullah-fazlullah attacks kunar
%%
Mullah Fazlullah was killed by a drone strike in Kunar province.
- mullah-fazlullah attacks kunar
%%
The TTP fighters attack police posts in Bannu every week.
+ tehreek-e-taliban-pakistan attacks bannu-district
%%
A TTP attack on a police post in Bannu killed two.
+ tehreek-e-taliban-pakistan attacks bannu-district
%%
Pakistan accused India of backing the BLA.

The Indian foreign ministry called the allegations baseless.
+ india denies pakistan
%%
Afghanistan advised Pakistan to look to its own security.
+ afghanistan appeals pakistan
%%
Pakistan blamed India for the siege.

Speaking in Rawalpindi, the director general of Inter-Services Public Relations (ISPR), Lt. Gen. Ahmed Sharif Chaudhry, said the attackers had help from abroad.
+ ahmed-sharif-chaudhry official_of inter-services-public-relations
+ ahmed-sharif-chaudhry official_of pakistan
%%
Khalil Haqqani was an uncle of Sirajuddin Haqqani and a brother of Jalaluddin Haqqani. The United States designated him as a global terrorist in 2011.
+ united-states sanctions khalil-haqqani
- united-states sanctions jalaluddin-haqqani
%%
The United States designated the Baloch Liberation Army (BLA) and its suicide wing, the Majeed Brigade, as terrorist groups.
+ united-states sanctions baloch-liberation-army
+ united-states sanctions majeed-brigade
%%
Pakistani jets struck villages in the Barmal district of Paktika province on Monday.
+ pakistan attacks barmal-district
+ pakistan attacks paktika
%%
Pakistan accused Afghanistan of hosting the TTP.

Iran blamed Israel for the blasts in Kerman.

Kabul rejected the accusation.
+ afghanistan denies pakistan
- afghanistan denies iran
%%
The BLA claimed responsibility for the bombing in Quetta.
+ baloch-liberation-army attacks quetta
%%
Jamaat-ul-Ahrar was reported to have claimed the blast in Islamabad.
+ jamaat-ul-ahrar attacks islamabad
%%
Afghan forces targeted Pakistani checkpoints along the border.
+ afghanistan attacks pakistan
%%
Indian posts on social media accused Pakistan of the attack.
- india accuses pakistan
%%
Khawaja Asif warned that Pakistan would respond to any attack from Afghanistan.
- pakistan attacks afghanistan
%%
Islamabad blames Kabul for the violence, a charge the Taliban deny.
+ afghanistan denies pakistan
%%
Pakistan accuses India of arming the BLA, a claim New Delhi has repeatedly rejected.
+ india denies pakistan
%%
Islamabad blames Kabul for the violence; the Taliban deny it.
+ afghanistan denies pakistan
%%
Pakistani airstrikes on Khost killed eight people.
+ pakistan attacks khost
%%
Pakistan condemned the Iranian strike on Panjgur.
+ pakistan accuses iran
+ iran attacks panjgur-district
%%
Pakistan has long rejected Indian accusations that it shelters the LeT.
+ india accuses pakistan
+ pakistan supports lashkar-e-taiba alleged
- india supports lashkar-e-taiba
%%
Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.
+ china mediates saudi-arabia
+ china mediates iran
%%
Iran and Pakistan exchanged missile strikes in January.
+ iran attacks pakistan
+ pakistan attacks iran
%%
Militants linked to the TTP killed four policemen in Bannu.
+ tehreek-e-taliban-pakistan attacks bannu-district
%%
Gunmen affiliated with the BLA ambushed a bus near Gwadar.
+ baloch-liberation-army attacks gwadar
%%
Sirajuddin Haqqani, Afghanistan's interior minister, heads the Haqqani network.
+ sirajuddin-haqqani official_of haqqani-network
%%
Pakistan has provided weapons to the Afghan Taliban.
+ pakistan supports afghanistan
%%
India has been funding the BLA, Pakistan alleges.
+ india supports baloch-liberation-army alleged
- india supports pakistan
%%
Araghchi wrapped up a two-day visit to Islamabad on Tuesday.
+ abbas-araghchi visits islamabad
%%
Dar spoke by phone with Araghchi on Sunday.
+ ishaq-dar meets abbas-araghchi
%%
Iranian, Afghan and Pakistani officials met in Tehran.
+ iran meets afghanistan
+ afghanistan meets pakistan
%%
Afghan and Pakistani delegations met in Doha.
+ afghanistan meets pakistan
%%
Pakistan urged the world to help Afghanistan.
- pakistan appeals afghanistan
%%
Lashkar-e-Taiba, a Pakistan-based militant group, was blamed for the attack.
+ lashkar-e-taiba based_in pakistan
%%
The Pakistan-based Jaish-e-Mohammed claimed the attack in Pulwama.
+ jaish-e-mohammed based_in pakistan
%%
The TTP attacked a checkpoint in Quetta. Indian-sponsored militants later struck again.
+ india supports tehreek-e-taliban-pakistan
- india attacks quetta
%%
Naqvi said India was behind the bombing in Quetta.
+ mohsin-naqvi accuses india
+ india attacks quetta alleged
%%
India was behind the attack, Naqvi said.
+ mohsin-naqvi accuses india
- india attacks mohsin-naqvi
%%
Pakistan threatened to strike TTP hideouts inside Afghanistan.
+ pakistan attacks tehreek-e-taliban-pakistan planned
%%
Afghanistan vowed to retaliate against Pakistan.
+ afghanistan attacks pakistan planned
%%
Pakistani security forces killed 11 terrorists of Fitna al-Hindustan in Kech, the ISPR said.
+ pakistan attacks fitna-al-hindustan
%%
Ishaq Dar arrived in Kabul on Saturday.

The foreign minister met Muttaqi on Sunday.
+ ishaq-dar meets amir-khan-muttaqi
%%
Pakistan said it had struck militant hideouts.

The country also accused Iran of sheltering Jaish al-Adl.
+ pakistan accuses iran
%%
Pakistan is behind India in the medal table.
- pakistan attacks india
%%
India is behind the BLA, Pakistan said.
+ india supports baloch-liberation-army
- india attacks baloch-liberation-army
%%
Dar said there was no evidence that India was behind the attack.
- ishaq-dar accuses india
%%
India backs the BLA, Naqvi said.
+ india supports baloch-liberation-army
- india supports mohsin-naqvi
%%
Afghanistan attacked Pakistani checkpoints, Naqvi said.
- afghanistan attacks mohsin-naqvi
%%
Ishaq Dar's remarks led Kabul to recall its envoy.
- ishaq-dar official_of afghanistan
%%
Mohsin Naqvi, who leads the cricket board, criticised India.
- mohsin-naqvi official_of india
%%
Afghanistan claimed the attacks on the TTP were launched by Pakistan.
- afghanistan attacks tehreek-e-taliban-pakistan
%%
India rejected claims of an attack on Afghanistan.
- india attacks afghanistan
%%
The TTP claimed Tuesday's attack in Bannu.
+ tehreek-e-taliban-pakistan attacks bannu-district alleged
%%
An Afghan attacked two Pakistani soldiers in Peshawar.
- afghanistan attacks pakistan
%%
Kabul-based diplomats met the TTP.
- tehreek-e-taliban-pakistan based_in kabul
%%
Iran struck Jaish al-Adl in Pakistan on Tuesday; on Wednesday, Pakistan claimed it had hit militants in Iran.
+ iran attacks jaish-al-adl asserted
%%
Pakistan will respond to any attack from Afghanistan on Pakistani troops.
- pakistan attacks afghanistan
%%
The BLA, the ISPR said, attacked Quetta.
+ baloch-liberation-army attacks quetta
%%
Pakistan placed the BLA on its list of banned organisations.
+ pakistan sanctions baloch-liberation-army
%%
The Security Council added the TTP and the BLA to its sanctions list.
+ united-nations-security-council sanctions tehreek-e-taliban-pakistan asserted
+ united-nations-security-council sanctions baloch-liberation-army asserted
- tehreek-e-taliban-pakistan sanctions baloch-liberation-army
%%
Turkey expressed solidarity with Pakistan.
+ turkey supports pakistan
%%
Noor Wali Mehsud has led the TTP since 2018.

The UN added Mehsud to its sanctions list in 2020.
+ united-nations sanctions noor-wali-mehsud
%%
Noor Wali Mehsud and Baitullah Mehsud both led the TTP.

The UN added Mehsud to its sanctions list in 2020.
- united-nations sanctions noor-wali-mehsud
- united-nations sanctions baitullah-mehsud
%%
Chinese Foreign Minister Wang Yi hosted the talks.
+ wang-yi official_of china
%%
UN Secretary-General Antonio Guterres called for restraint.
+ antónio-guterres official_of united-nations
%%
Mohsin Naqvi, the Pakistani interior minister, arrived in Kabul.
+ mohsin-naqvi official_of pakistan
+ mohsin-naqvi visits kabul
- pakistan visits kabul
%%
The Taliban have rejected Islamabad's demands to act against the TTP.
+ afghanistan denies pakistan
- pakistan appeals tehreek-e-taliban-pakistan
%%
China, Pakistan's closest ally, has urged both sides to show restraint.
- pakistan appeals china
%%
The TTP, which Pakistan says operates from Afghanistan, has denied involvement.
+ tehreek-e-taliban-pakistan based_in afghanistan alleged
%%
Pakistan and Afghanistan clashed along the border.

Qatar and Turkey mediated the talks between the two neighbours.
+ qatar mediates pakistan
+ turkey mediates afghanistan
- qatar mediates turkey
%%
Doha hosted the first round of talks between Pakistan and Afghanistan.
+ qatar mediates pakistan
+ qatar mediates afghanistan
%%
The Afghan Taliban said they had attacked Pakistani posts in retaliation.
+ afghanistan attacks pakistan alleged
%%
India accused Pakistan of backing the BLA and sheltering the TTP.
+ pakistan supports tehreek-e-taliban-pakistan alleged
- india supports tehreek-e-taliban-pakistan
%%
Afghanistan accused Pakistan of violating its airspace and bombing a market in Paktika.
+ pakistan attacks paktika alleged
%%
The US State Department designated the BLA and its Majeed Brigade as terrorist organisations.
+ united-states sanctions majeed-brigade
%%
China praised Pakistan's efforts to protect Chinese nationals.
+ china supports pakistan
%%
China sided with Pakistan on the sanctions list.
- china sanctions pakistan
%%
Pakistan urged the UN to add the BLA to its sanctions list.
+ united-nations sanctions baloch-liberation-army requested
- pakistan sanctions baloch-liberation-army asserted
%%
Ishaq Dar met Wang Yi in Islamabad.

The visiting foreign minister later criticised India.
+ wang-yi accuses india
- ishaq-dar accuses india
%%
Pakistan accused India of backing the BLA.

The country also accused Afghanistan of sheltering the TTP.
+ pakistan accuses afghanistan
- india accuses afghanistan
%%
Mohsin Naqvi met reporters in Quetta. Police chief Usman Sharif was there too.

Prime Minister Shehbaz Sharif visited Quetta later.

Sharif accused India of backing the BLA.
- shehbaz-sharif accuses india
- usman-sharif accuses india
%%
Prime Minister Shehbaz Sharif visited Quetta.

Sharif accused India of backing the BLA.
+ shehbaz-sharif accuses india
%%
Sarfraz Bugti visited Quetta.

Bugti tribesmen attacked a Pakistani army convoy.
- sarfraz-bugti attacks pakistan
%%
Pakistan and Afghanistan clashed along the border on Sunday.

India and China fought a border war in 1962, and the two neighbours have clashed since.
+ india attacks china
- india attacks pakistan
%%
Pakistan and Afghanistan clashed along the border on Sunday.

Iran and Saudi Arabia restored ties in 2023 after China brokered talks between the two countries.
+ china mediates iran
- china mediates pakistan
%%
Two men were arrested in Quetta.

The ISPR said they had attacked Pakistani posts.
- inter-services-public-relations attacks pakistan
%%
Saudi Arabia, Pakistan's oldest ally, and Qatar offered to host a donors' conference.
+ pakistan cooperates saudi-arabia
- pakistan cooperates qatar
%%
For decades Turkey has been Pakistan's firmest ally.
+ pakistan cooperates turkey
%%
In a telephone call with Wang Yi on Sunday, Ishaq Dar raised the safety of Chinese workers.
+ ishaq-dar meets wang-yi
%%
During his visit to Doha last week, Wang Yi met Qatari officials.
+ wang-yi visits doha
- ishaq-dar visits doha
%%
During a visit to Ankara, Dar signed three trade accords.
+ ishaq-dar visits ankara
%%
After attacks on Chaman, Pakistan closed the crossing.
- pakistan attacks chaman
%%
Ahead of talks with Iran and Qatar, Pakistan named a new envoy.
+ pakistan negotiates iran planned
+ pakistan negotiates qatar planned
%%
After travelling to Riyadh, Dar said the kingdom would invest.
+ ishaq-dar visits riyadh
%%
Abbas Araghchi later held talks with his Pakistani counterpart on border trade.
+ abbas-araghchi meets ishaq-dar
%%
Dar later met his Chinese counterpart, Wang Yi, in Beijing.
+ ishaq-dar meets wang-yi
+ wang-yi official_of china
%%
The Security Council voted to add the BLA and its Majeed Brigade to its sanctions list.
+ united-nations-security-council sanctions majeed-brigade
+ united-nations-security-council sanctions baloch-liberation-army
%%
Iran and Pakistan halted a week of shelling, after mediation by Qatar.
- pakistan attacks qatar
- iran attacks qatar
%%
Talks were held during a visit by Wang Yi to Kabul.
+ wang-yi visits kabul
%%
After refusing talks with Kabul, Pakistan sealed the border.
- pakistan negotiates afghanistan
%%
Before postponing his trip to Tehran, Dar called Araghchi.
- ishaq-dar visits tehran
%%
In the absence of talks with India, Pakistan turned to Washington.
- pakistan negotiates india
%%
During a visit to Kabul by Wang Yi, Afghanistan signed a mining deal.
- afghanistan visits kabul
%%
During his visit to Quetta, the BLA ambushed a convoy.
- baloch-liberation-army visits quetta
%%
During a visit to Tehran, Iran's foreign minister received Dar.
- iran visits tehran
%%
In a meeting with Wang Yi, China's foreign minister, Dar discussed CPEC.
- china meets wang-yi
%%
In a meeting with Dar, Naqvi and army chief Asim Munir, Muttaqi discussed trade.
- mohsin-naqvi meets ishaq-dar
- asim-munir meets ishaq-dar
%%
After a meeting with Dar, Taliban fighters attacked a checkpost.
- afghanistan meets ishaq-dar
%%
In Washington, Pakistan's oldest ally, China, was criticised.
+ pakistan cooperates china
%%
The militants who attacked India are Pakistan's allies, Delhi says.
- pakistan cooperates india
%%
Iran and Qatar, Pakistan's allies, sent aid.
+ pakistan cooperates iran
+ pakistan cooperates qatar
%%
After Tehran, Dar flew on to Baghdad.
- iran visits baghdad
%%
Unlike India, Pakistan received Muttaqi.
- india meets amir-khan-muttaqi
+ pakistan meets amir-khan-muttaqi
%%
The special envoy of the UN, Roza Otunbayeva, met Muttaqi.
- united-nations meets amir-khan-muttaqi
+ roza-otunbayeva meets amir-khan-muttaqi
%%
After his talks with Xi Jinping, Shehbaz Sharif flew to Moscow.
+ shehbaz-sharif visits moscow
- ishaq-dar visits moscow
%%
US envoys visited Kabul after Qatar mediated the release.
+ united-states visits kabul
%%
Oman's minister of state for foreign affairs, Khalid Nasser, said the truce would hold.
+ khalid-nasser official_of oman
%%
Adel al-Jubeir, who had shuttled between Kabul and Islamabad, urged calm.
+ adel-al-jubeir mediates afghanistan
+ adel-al-jubeir mediates pakistan
%%
Egyptian President Abdel Fattah el-Sisi received Shehbaz Sharif in Cairo.
+ abdel-fattah-el-sisi meets shehbaz-sharif
%%
Jaish al-Adl said its fighters had ambushed Iranian guards near Saravan.
+ jaish-al-adl attacks iran
%%
Pakistan has denied any part in the Pulwama bombing and accused India of staging it.
- pakistan attacks india
+ pakistan accuses india
%%
Pakistan blames Indian agents for the Quetta blast; New Delhi rejects the charge
- pakistan attacks india
%%
Qatar offered to mediate between Iran and Pakistan.
+ qatar mediates iran planned
+ qatar mediates pakistan planned
%%
Turkey hosted a new round of talks between Pakistan and Afghanistan in Istanbul.
+ turkey mediates pakistan
+ turkey mediates afghanistan
%%
ISKP carried out two suicide bombings in Kabul.
+ islamic-state-khorasan-province attacks kabul
%%
Shehbaz Sharif and Ishaq Dar spoke in Lahore. Narendra Modi refused to meet his Pakistani counterpart.
+ narendra-modi meets shehbaz-sharif negated
- narendra-modi meets ishaq-dar
%%
In a letter to Iran's minister for foreign affairs, Dar wrote that ties were strong.
- ishaq-dar official_of iran
%%
After meeting Iran's foreign minister, Dar said ties were strong.
- ishaq-dar official_of iran
%%
Iran's minister for foreign affairs, Abbas Araghchi, arrived in Islamabad.
+ abbas-araghchi visits islamabad
- iran visits islamabad
%%
Dar shuttled between Islamabad and Lahore for meetings.
- ishaq-dar mediates lahore
- ishaq-dar mediates pakistan
%%
Pakistan hosted a new round of talks with the TTP.
+ pakistan negotiates tehreek-e-taliban-pakistan
- pakistan mediates tehreek-e-taliban-pakistan
%%
Turkey hosted another round of talks between Pakistan and Afghanistan.
+ turkey mediates pakistan
+ pakistan negotiates afghanistan
%%
Pakistan, which is willing to talk, struck TTP hideouts in Khost.
+ pakistan attacks tehreek-e-taliban-pakistan asserted
%%
The TTP denied carrying out the bombings in Peshawar.
+ tehreek-e-taliban-pakistan attacks peshawar negated
%%
India denied that it backs the BLA.
+ india supports baloch-liberation-army negated
%%
Kabul says it does not allow anyone to use its soil to attack Pakistan.
- afghanistan attacks pakistan
%%
Saudi Crown Prince Mohammed bin Salman al-Saud received Shehbaz Sharif.
+ mohammed-bin-salman meets shehbaz-sharif
%%
Iran rejected the move. "The sanctions will stay," Treasury Secretary Jane Roe said.
- jane-roe official_of iran
%%
Mujahid said Afghan forces had hit back, killing 19 Pakistani soldiers.
+ afghanistan attacks pakistan
- zabihullah-mujahid attacks pakistan
%%
The TTP trained in Afghanistan's Kunar province.
- tehreek-e-taliban-pakistan supports kunar
%%
Naqvi accused Indian intelligence agents of carrying out targeted killings inside Pakistan.
+ india attacks pakistan alleged
%%
Naqvi accused unknown gunmen of carrying out the killings in Quetta.
- mohsin-naqvi attacks quetta
%%
The Foreign Office accused Iran of fuelling the conflict by arming the Houthis.
+ iran supports houthis alleged
- pakistan supports houthis
%%
Indian and Pakistani envoys clashed at the UN, each accusing the other of sponsoring terrorism.
- india attacks pakistan
- pakistan attacks india
%%
The Pakistani military's press office said Kabul had been warned.
- pakistan appeals afghanistan
%%
Iran moved money through shell companies in Dubai.
- iran attacks dubai
%%
Shehbaz Sharif later visited the Chinese embassy in Islamabad.
+ shehbaz-sharif visits islamabad
- shehbaz-sharif visits china
%%
The BLA, which Pakistan banned in 2006, attacked a convoy in Turbat.
+ pakistan sanctions baloch-liberation-army
%%
India, which Pakistan blames for the attack, denied it.
+ pakistan accuses india
%%
Iran and Pakistan blamed each other for the border shooting.
+ iran accuses pakistan
+ pakistan accuses iran
%%
Kabul and Islamabad traded accusations after the clash.
+ afghanistan accuses pakistan
+ pakistan accuses afghanistan
%%
Jaish-e-Mohammed, whose headquarters is in Bahawalpur, denied any role.
+ jaish-e-mohammed based_in bahawalpur
%%
Masood Azhar, who founded Jaish-e-Mohammed in 2000, has not been seen in public for years.
+ masood-azhar official_of jaish-e-mohammed
%%
The Haqqani network, led by Sirajuddin Haqqani, denied the charge.
+ sirajuddin-haqqani official_of haqqani-network
%%
The TTP, banned by Pakistan in 2008, claimed the raid.
+ pakistan sanctions tehreek-e-taliban-pakistan
%%
Iran said Israel had struck Natanz, urging the United Nations to act.
+ iran appeals united-nations
- israel appeals united-nations
%%
The crackdown on the BLA, funded by China, has intensified.
- china supports baloch-liberation-army
%%
Pakistan, which India blamed for the Pulwama attack, asked for a neutral inquiry.
+ india accuses pakistan
- india attacks pakistan
%%
Pakistan, which China urged to protect Chinese workers, raised security.
+ china appeals pakistan
- china supports pakistan
%%
The TTP raided the police headquarters in Bannu.
- tehreek-e-taliban-pakistan based_in bannu-district
%%
Pakistan accused Kabul of sheltering the TTP and responded by bombing Khost.
+ pakistan attacks khost
%%
Pakistan accused India's spy agency of funding the BLA.
+ india supports baloch-liberation-army alleged
%%
Dar met in Tehran with Araghchi and Pezeshkian.
+ ishaq-dar meets masoud-pezeshkian
%%
Pakistan said the BLA bombed the train, blaming India for backing the group.
- baloch-liberation-army attacks india
+ pakistan accuses india
%%
Mujahid said Afghan forces had hit back hard.
- afghanistan supports pakistan
%%
Saudi Arabia's minister of state for foreign affairs, Adel al‑Jubeir, said the kingdom would help.
+ adel-al-jubeir official_of saudi-arabia
%%
Qatar facilitated talks with the Taliban in Doha.
- qatar negotiates afghanistan
%%
Iran condemned strikes by Pakistan on its territory.
- iran attacks pakistan
%%
Pakistan accused its neighbour of sheltering the TTP.
- pakistan supports tehreek-e-taliban-pakistan
%%
Dar clashed with Jaishankar at the SCO meeting.
- ishaq-dar attacks subrahmanyam-jaishankar
%%
Pakistani troops clashed with Afghan forces near Chaman.
+ pakistan attacks afghanistan
%%
China and Iran condemned the attack, and the US embassy in Islamabad said Washington backed Pakistan.
- china accuses united-states
- iran accuses united-states
+ united-states supports pakistan
%%
Islamabad blamed the militants, and the Taliban government that shelters them, for the attack.
+ pakistan accuses afghanistan
%%
India blamed Pakistan's proxy Lashkar-e-Taiba for the attack in Pahalgam.
+ india accuses pakistan
%%
Tariq Mahmood is not a minister of Pakistan, the Foreign Office said.
- tariq-mahmood official_of pakistan
%%
The killer of Mohsin Dawar was a commander of the TTP.
- mohsin-dawar official_of tehreek-e-taliban-pakistan
%%
Tariq Mahmood, a critic of the president of Iran, was arrested.
- tariq-mahmood official_of iran
%%
Pakistan's Ministry of Industries and Production signed an agreement with China.
+ pakistan cooperates china
%%
Shahid Rind, a spokesman for the Pakistani government, said the talks had failed.
+ shahid-rind official_of pakistan
%%
Pakistan's special representative for Afghanistan, Mohammad Sadiq Khan, held talks with Muttaqi in Kabul.
- mohammad-sadiq-khan official_of afghanistan
%%
The United States imposed sanctions on Pakistan's state-owned National Development Complex (NDC) on Wednesday.
+ united-states sanctions national-development-complex
- united-states sanctions pakistan
%%
The US sanctioned Rockside Enterprise and Akhtar Limited, two firms in Karachi.
+ united-states sanctions rockside-enterprise
+ united-states sanctions akhtar-limited
%%
Faisal Karim Kundi, a Pakistan Peoples Party (PPP) leader, spoke in Peshawar.
+ faisal-karim-kundi official_of pakistan-peoples-party
%%
Ali Amin Gandapur became chief minister of Khyber Pakhtunkhwa in 2024.
+ ali-amin-gandapur official_of khyber-pakhtunkhwa
%%
Abdul Basit served as Pakistan's envoy to India until 2017.
+ abdul-basit official_of pakistan
- abdul-basit official_of india
%%
Interior Minister Mohsin Naqvi went to Tehran. Naqvi was accompanied by DG ISI Faiz Hameed.
- mohsin-naqvi official_of inter-services-intelligence
%%
Gandapur is the son of the president of Pakistan.
- ali-amin-gandapur official_of pakistan
%%
The Tehran-based Arvand Sepehr Trading Company was listed by the Treasury.
+ arvand-sepehr-trading-company based_in tehran
%%
Abdul Rehman Makki, the deputy chief of the Pakistan-based Lashkar-e-Taiba, was listed.
- abdul-rehman-makki official_of pakistan
+ abdul-rehman-makki official_of lashkar-e-taiba
%%
Their foreign ministers, Prince Faisal bin Farhan of Saudi Arabia and Hossein Amir-Abdollahian of Iran, will meet.
- hossein-amir-abdollahian official_of saudi-arabia
%%
Pakistan and Afghanistan agreed to a ceasefire in talks mediated by Qatar and Turkey. Qatar's foreign ministry said the two governments would hold talks again next week.
+ afghanistan negotiates pakistan
- qatar negotiates turkey
%%
Fu Cong, China's permanent representative, placed a hold on the proposal.
+ fu-cong official_of china
%%
Dorothy Shea, the deputy US envoy, said Washington would keep pressing for a vote.
+ dorothy-shea official_of united-states
%%
Lieutenant General Rahul R Singh, the Indian Army's deputy chief, accused China of feeding intelligence to Pakistan.
+ rahul-r-singh official_of india
+ rahul-r-singh accuses china
%%
Iran's foreign ministry spokesman Esmaeil Baghaei urged restraint on both sides.
+ esmaeil-baghaei official_of iran
%%
North Waziristan, a district of Pakistan, was hit again. Mir Ali, a town near the border, was shelled.
- mir-ali official_of pakistan
%%
Pakistani officials say the BLA and the BLF are armed and financed by India.
+ india supports baloch-liberation-army alleged
+ india supports baloch-liberation-front alleged
%%
The camp was attacked, and the TTP was blamed by Pakistan.
- pakistan attacks tehreek-e-taliban-pakistan
%%
The two hostages were flown from Kabul to Doha on a Qatari aircraft. Ryan Corbett was flown to Doha too.
+ ryan-corbett visits doha
%%
Narendra Modi is due in Tianjin at the end of the month for the summit.
+ narendra-modi visits tianjin planned
%%
The strongest group is the Baloch Liberation Army, which accuses Islamabad of theft. It has been led since 2018 by Bashir Zeb.
+ bashir-zeb official_of baloch-liberation-army
- bashir-zeb official_of pakistan
%%
Bashir Zeb took charge of the BLA after his predecessor, Aslam Baloch, died in Kandahar.
- bashir-zeb accuses aslam-baloch
%%
Saudi Arabia has repeatedly propped up Pakistan's finances with deposits.
+ saudi-arabia supports pakistan
%%
Ishaq Dar spoke in Lahore. Nankana Sahib, a major town near Lahore, was shut on Monday. He accused India of meddling.
+ ishaq-dar accuses india
- nankana-sahib accuses india
%%
Le Monde, citing a French general, said Paris backed Pakistan.
- le-monde official_of france
%%
Meanwhile Zhang Wei, China's envoy, met Dar in Kabul.
+ zhang-wei official_of china
+ zhang-wei meets ishaq-dar
%%
Brigadier Ali Raza, the son of Pakistan's former ambassador, spoke in Quetta.
- ali-raza official_of pakistan
%%
Musaed al-Aiban, the Saudi national security adviser, met Wang Yi in Beijing.
+ musaed-al-aiban official_of saudi-arabia
+ musaed-al-aiban meets wang-yi
%%
India summoned Bangladesh's high commissioner, Riaz Hamidullah, on Wednesday.
+ riaz-hamidullah official_of bangladesh
%%
Pakistan's foreign minister, Ishaq Dar, held talks in Tehran on Thursday with his Iranian counterpart, Abbas Araghchi.
+ ishaq-dar meets abbas-araghchi
+ ishaq-dar visits tehran
%%
Ishaq Dar met Abbas Araghchi in Tehran on Sunday.
+ ishaq-dar visits tehran
%%
Ishaq Dar spoke by phone with Abbas Araghchi in Tehran.
- ishaq-dar visits tehran
%%
Ishaq Dar met Abbas Araghchi in Islamabad on Sunday.
- ishaq-dar visits islamabad
+ abbas-araghchi visits islamabad
%%
Dar met Masoud Pezeshkian, who, according to the Iranian presidency, urged Pakistan to act against Jaish al-Adl.
+ masoud-pezeshkian appeals pakistan
- ishaq-dar appeals pakistan
%%
Sadia Qazi, a political analyst in Lahore, accused India of meddling.
+ sadia-qazi accuses india
%%
The Saudi Press Agency accused Iran of stalling the talks.
+ saudi-press-agency accuses iran
%%
The Afghan Border Police fired at Pakistani posts near Chaman.
- afghan-border-police attacks pakistan
%%
Kamala Roe, the wife of Pakistan's president, met Dar in Lahore.
- kamala-roe official_of pakistan
%%
Maryam Nawaz met Shehbaz Sharif in Lahore on Friday.
- maryam-nawaz visits lahore
%%
Dar met António Guterres in New York on Friday.
+ ishaq-dar visits new-york
- antónio-guterres visits new-york
%%
Dar held a phone call with Araghchi in Tehran on Friday.
- ishaq-dar visits tehran
%%
Dar did not meet Muttaqi in Kabul, officials said.
- ishaq-dar visits kabul
%%
Ubaid-ur-Rehman Nizamani met Muttaqi in Kabul on Friday.
- ubaid-ur-rehman-nizamani visits kabul
%%
Pakistan and Afghanistan held talks in Doha on Sunday with Qatar and Turkey mediating.
+ pakistan negotiates afghanistan
+ qatar mediates pakistan
+ turkey mediates afghanistan
- pakistan negotiates qatar
- pakistan mediates afghanistan
%%
Pakistan and Afghanistan held talks in Istanbul with Turkish mediation.
+ turkey mediates afghanistan
- afghanistan negotiates turkey
%%
Pakistan and Iran held talks in Tehran on Thursday with a focus on border security.
+ pakistan negotiates iran
%%
Pakistan and Afghanistan talked in Doha. The Taliban kept the promises made in talks in Doha, which Qatar and Turkey mediated after days of fighting between the two countries' forces.
+ pakistan attacks afghanistan
+ qatar mediates pakistan
- qatar mediates turkey
- turkey attacks qatar
%%
The army said the BLF was accused of attacking Pakistani posts in Panjgur.
- the-army attacks pakistan
%%
Iran rejected accusations by Israel on Monday.
+ iran denies israel
%%
On Monday, Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart, Abbas Araghchi, spoke by telephone.
+ abbas-araghchi official_of iran
- abbas-araghchi official_of saudi-arabia
%%
Shehbaz Sharif, a veteran politician and prime minister of Pakistan, met Erdogan in Ankara.
+ shehbaz-sharif official_of pakistan
%%
The Iranian Revolutionary Guard Corps said it struck Israeli targets overnight.
+ iran attacks israel
- iranian-revolutionary-guard-corps attacks israel
%%
Steve Witkoff met Abbas Araghchi in Muscat on Saturday.
+ steve-witkoff visits muscat
%%
Shehbaz Sharif paid a courtesy call on Mohammed bin Salman in Riyadh.
+ shehbaz-sharif visits riyadh
%%
Pakistan reached a ceasefire with India mediated by the United States.
+ pakistan negotiates india
+ united-states mediates india
%%
The BLA has waged years of fighting against Pakistan.
+ baloch-liberation-army attacks pakistan
%%
Dassault Rafale, a French fighter jet, was shot down. Pakistan said Dassault Rafale had attacked Bahawalpur.
- dassault-rafale attacks bahawalpur
%%
A meeting with Araghchi in Islamabad was cancelled. Dar's meeting with Muttaqi was called off.
- abbas-araghchi visits islamabad
+ ishaq-dar meets amir-khan-muttaqi negated
%%
Dar's visit to Kabul was postponed on Monday.
+ ishaq-dar visits kabul planned
%%
Pakistan accused the BLA of the attack in Quetta. It denied any role.
+ baloch-liberation-army denies pakistan
%%
India signed a deal with Pakistan, mediated by Qatar and Turkey. The two countries will meet in Doha next week.
- turkey meets pakistan
- turkey meets qatar
%%
Talks with the Taliban in Doha have stalled, and a meeting with Araghchi in Islamabad is due.
- abbas-araghchi official_of pakistan
%%
The new army camp out there was attacked, and
- pakistan attacks pakistan
%%
Afghanistan reached a truce with Pakistan after a week of border clashes.
- afghanistan visits pakistan
+ afghanistan negotiates pakistan
%%
Dar reached an understanding with Iran on Sunday, and later reached Kabul.
- ishaq-dar visits iran
+ ishaq-dar visits kabul
%%
Maulana Abdul Ghani Baradar, a senior cleric, was wounded in a bomb attack in Kandahar.
- abdul-ghani-baradar attacks kandahar
%%
Javed Akhtar, a tribal elder who had opposed the Islamic State, was killed in a suicide bombing in Peshawar.
- islamic-state attacks peshawar
%%
The TTP, which was founded in 2007, launched attacks in Bannu.
+ tehreek-e-taliban-pakistan attacks bannu-district
%%
The two armies fought for a week before Egypt and Oman brokered a truce.
- egypt mediates oman
- oman mediates egypt
- egypt negotiates oman
%%
Iran attacked Iraq until Oman brokered a ceasefire.
+ oman mediates iran
+ oman mediates iraq
- iran mediates iraq
%%
Bahrain held talks in Manama, with Kuwaiti officials again mediating.
- bahrain negotiates kuwait
- bahrain mediates kuwait
%%
Iran and Iraq held talks, and Oman mediated.
+ oman mediates iran
+ oman mediates iraq
%%
Iran, which recalled its envoy in May, and Iraq then asked the UN Security Council to act.
+ iran appeals united-nations-security-council
%%
Foreign Office spokesperson Nadia Hamid said the talks would go ahead.
+ nadia-hamid official_of pakistan
%%
Chinese foreign ministry spokesman Lin Feng told reporters in Beijing that the corridor was safe.
+ lin-feng official_of china
%%
Iran and Iraq exchanged fire along the border, each blaming the other for the clash.
+ iran accuses iraq
+ iraq accuses iran
%%
A visit to Doha by Ishaq Dar has been put back to next month.
+ ishaq-dar visits doha planned
%%
Hakan Fidan is expected in Kabul on Sunday for talks on the truce.
+ hakan-fidan visits kabul planned
%%
Turnout figures are expected in Kabul by the evening.
- kabul visits kabul
%%
New sanctions on Iraq by the United States took effect on Monday.
+ united-states sanctions iraq
%%
During a trip to Doha by Hakan Fidan, Qatar announced an aid package.
+ hakan-fidan visits doha
- qatar visits doha
%%
Iran and Iraq signed a border accord in March. Talks on water followed in Baghdad. Oman stepped in when they stalled. Egypt then brokered a truce between the neighbours in Cairo.
+ egypt mediates iran
+ egypt mediates iraq
- egypt mediates oman
%%
Iran has tense ties with the neighbours of Iraq.
- iran cooperates iraq
%%
Egypt and Sudan fought in the 1950s over the border.
+ egypt attacks sudan
+ sudan attacks egypt
%%
A week of air strikes between Israel and Iraq ended on Friday.
+ israel attacks iraq
+ iraq attacks israel
%%
Gunmen attacked checkpoints on the road between Bannu and Lakki Marwat.
- bannu-district attacks lakki-marwat-district
%%
Iran and Iraq fought side by side against ISIS.
- iran attacks iraq
%%
Foreign Office spokesperson Nadia Qureshi spoke on Monday. Qureshi accused India of meddling.
+ nadia-qureshi official_of pakistan
+ nadia-qureshi accuses india
- shah-mahmood-qureshi accuses india
%%
General Qamar Bajwa met Wang Yi in Beijing.
+ qamar-javed-bajwa meets wang-yi
%%
China, Iran and Pakistan held trilateral talks in Tehran on Sunday, with Wang Yi, Araghchi and Ishaq Dar.
+ china negotiates pakistan
+ iran negotiates pakistan
- china negotiates ishaq-dar
- pakistan negotiates abbas-araghchi
%%
Iran and Iraq held talks with Wang Yi in Beijing.
- iran negotiates iraq
%%
Pakistan, China, and Russia urged the Taliban to act against the TTP.
+ pakistan appeals afghanistan
+ china appeals afghanistan
%%
Lashkar-e-Taiba was banned in 2002 but continued attacks on India.
+ lashkar-e-taiba attacks india
%%
Shehbaz Sharif visited, along with Asim Munir, Riyadh and Doha this week.
+ shehbaz-sharif visits saudi-arabia
%%
Britain's Foreign Office spokesperson Sarah Jones said London was concerned.
- sarah-jones official_of pakistan
%%
Sharif's trip to Riyadh by private jet drew criticism from Imran Khan.
- imran-khan visits riyadh
%%
Israel struck Iran while Qatar brokered an investment deal.
- qatar mediates israel
- qatar mediates iran
%%
Pakistan and China will fight terrorism together.
- pakistan attacks china
%%
Pakistan and Saudi Arabia fought for a seat on the council.
- pakistan attacks saudi-arabia
%%
Pakistan wants to avoid fighting between Afghanistan and Iran.
- afghanistan attacks iran
%%
Pakistan and China signed a corridor deal. Afghanistan said it wanted better ties with all the neighbours.
- afghanistan cooperates china
%%
The UN, the EU, and the OIC were urged to sanction India.
+ united-nations sanctions india requested
%%
Amir Khan Muttaqi has courted the Gulf. In May he flew to Ankara, where Hakan Fidan received him, and he went on to Riyadh.
+ hakan-fidan meets amir-khan-muttaqi
+ amir-khan-muttaqi visits ankara
%%
The talks were led by Hakan Fidan, Turkey's foreign minister, and Abbas Araghchi, Iran's foreign minister.
+ abbas-araghchi official_of iran
- abbas-araghchi official_of turkey
%%
The waiver allowed Amir Khan Muttaqi, Abdul Ghani Baradar and Ishaq Dar to travel abroad for diplomatic and trade meetings.
- amir-khan-muttaqi meets ishaq-dar
- abdul-ghani-baradar meets ishaq-dar
%%
The United States designated Lashkar-e-Jhangvi, which Pakistan outlawed in 2001, as a terrorist group.
+ united-states sanctions lashkar-e-jhangvi
+ pakistan sanctions lashkar-e-jhangvi
%%
Iran accused Pakistan of sheltering the BLA, which Islamabad denies.
- pakistan denies baloch-liberation-army
%%
Dar held meetings with China's Wang Yi and Russia's Sergey Lavrov in Astana.
+ wang-yi official_of china
+ sergey-lavrov official_of russia
%%
Anjum Rafiq, a Pakistani diplomat, replied to the Indian envoy in Geneva.
+ anjum-rafiq official_of pakistan
%%
Donald Trump said he spoke to Vladimir Putin, who told him he would visit Washington.
- donald-trump visits washington
%%
Pakistan and Afghanistan met in Istanbul for talks on Saturday.
+ pakistan negotiates afghanistan
%%
Pakistan's Masood Azhar remains at large.
- masood-azhar official_of pakistan
%%
Soleimani's killing prompted Iran to attack US bases.
- qasem-soleimani attacks iran
%%
Wang Yi flew into Kabul on Wednesday.
+ wang-yi visits kabul
%%
Wang Yi ended a two-day swing through Afghanistan and Pakistan on Thursday.
+ wang-yi visits afghanistan
+ wang-yi visits pakistan
%%
The TTP, he told the meeting, was still sending fighters from hideouts in Afghanistan to kill Pakistani soldiers.
+ tehreek-e-taliban-pakistan attacks pakistan
- ishaq-dar attacks pakistan
%%
Pakistan accuses Kabul of sheltering the TTP. Kabul denies sheltering the group.
+ afghanistan denies pakistan
- afghanistan denies tehreek-e-taliban-pakistan
%%
Narendra Modi and Xi Jinping met in Kazan last year, on the sidelines of a BRICS summit.
+ narendra-modi visits kazan
+ xi-jinping visits kazan
+ narendra-modi meets xi-jinping
- narendra-modi meets brics
%%
Narendra Modi and Xi Jinping held talks in Kazan.
+ narendra-modi visits kazan
%%
Sirajuddin Haqqani was received by Mohamed bin Zayed in Abu Dhabi on Tuesday.
+ sirajuddin-haqqani visits abu-dhabi
+ mohamed-bin-zayed-al-nahyan meets sirajuddin-haqqani
%%
Asim Munir, who accompanied Shehbaz Sharif to Riyadh, said nothing about the pact.
+ asim-munir visits riyadh
%%
Muttaqi is due to travel on to New Delhi on Thursday.
+ amir-khan-muttaqi visits new-delhi planned
%%
Hakan Fidan met Dar in Islamabad before flying to Kabul.
+ hakan-fidan visits kabul
- ishaq-dar visits kabul
%%
Sarfraz Bugti drove to Panjgur on Tuesday to meet the families.
+ sarfraz-bugti visits panjgur-district
%%
Pakistan's side went on to demand in Istanbul a written promise.
- pakistan visits istanbul
%%
Pakistan sent Dar to meet the Taliban leadership.
+ ishaq-dar meets afghanistan
- pakistan meets afghanistan
%%
Shehbaz Sharif used his address to the UN General Assembly in New York to accuse India of turning water into a weapon.
+ shehbaz-sharif accuses india
- united-nations-general-assembly accuses india
%%
India used the TTP to attack Pakistan.
+ tehreek-e-taliban-pakistan attacks pakistan
- india attacks pakistan
%%
Khurram Awan, the CTD superintendent who led the inquiry, told reporters that the men had acted on behalf of the TTP.
+ khurram-awan accuses tehreek-e-taliban-pakistan
%%
The ISPR said the bomber had been sent by the TTP.
+ inter-services-public-relations accuses tehreek-e-taliban-pakistan
%%
Dar said the talks had been organised by Qatar.
- ishaq-dar accuses qatar
%%
The ISPR said the attack was not carried out by the BLA.
- inter-services-public-relations accuses baloch-liberation-army
%%
"It is insurance," said Hamza Qureshi, a senior research fellow at the Islamabad Policy Research Institute.
+ hamza-qureshi official_of islamabad-policy-research-institute
%%
Shazia Lehri, who lectures on international relations at the University of Balochistan, said the quarrel could spiral.
+ shazia-lehri official_of university-of-balochistan
%%
Hamza Rafiq, a researcher at the Centre for Strategic Stability in Islamabad, said the measures were symbolic.
+ hamza-rafiq official_of centre-for-strategic-stability
%%
Matthew Miller, who speaks for the State Department, told reporters the United States had no role.
+ matthew-miller official_of united-states
%%
Sadia Qazi, a political analyst in Lahore, said the talks would fail.
- sadia-qazi official_of lahore
%%
The session was chaired by Representative Dale Kessler, an Indiana Republican, who opened by criticising the Taliban.
- indiana-republican official_of united-states
%%
The TTP rejected the CTD's account. In a statement sent to journalists, its spokesman, Mohammad Khurasani, said the group had no connection to the men.
+ mohammad-khurasani official_of tehreek-e-taliban-pakistan
- mohammad-khurasani official_of counter-terrorism-department
%%
Pakistan took the incident to the United Nations Military Observer Group in India and Pakistan (UNMOGIP), which has watched the line since 1949.
- india-and-pakistan based_in islamabad
%%
Officials said they would ask the Financial Action Task Force (FATF), the Paris-based watchdog, to act.
+ financial-action-task-force based_in paris asserted
%%
Rockside Enterprise is located in Karachi.
+ rockside-enterprise based_in karachi
%%
The International Crimes Tribunal in Dhaka convicted the former prime minister in absentia.
+ international-crimes-tribunal based_in dhaka
%%
Sadia Qazi, a political analyst in Lahore, said the hearing would change little.
+ sadia-qazi based_in lahore
%%
Hamza Rafiq, a researcher at the Centre for Strategic Stability in Islamabad, said the measures were symbolic.
+ centre-for-strategic-stability based_in islamabad
%%
Attacks by the TTP in Bannu killed four soldiers.
- tehreek-e-taliban-pakistan based_in bannu
%%
Pakistan and Afghanistan agreed to extend the ceasefire after three days of talks in Istanbul hosted by Turkey and Qatar.
+ turkey mediates pakistan
+ qatar mediates afghanistan
%%
Qatar, which has long served as a go-between for Washington and the Taliban, helped arrange the trip.
+ qatar mediates united-states
+ qatar mediates afghanistan
%%
Zamir Kabulov chaired a closed-door session between the Pakistani and Afghan delegations.
+ zamir-kabulov mediates pakistan
%%
Shehbaz Sharif chaired a meeting on security. Pakistan held talks with the TTP.
- shehbaz-sharif mediates tehreek-e-taliban-pakistan
%%
Iran and Saudi Arabia held talks under the auspices of Oman.
+ oman mediates iran
+ oman mediates saudi-arabia
%%
Ishaq Dar travelled to Riyadh and Tehran carrying messages between Saudi Arabia and Iran.
+ ishaq-dar mediates iran
%%
Donald Trump has offered to act as a go-between between India and China.
+ donald-trump mediates india planned
%%
Pakistan and China agreed to extend the corridor after a meeting hosted by Wang Yi in Beijing.
- wang-yi mediates pakistan
%%
Pakistan negotiated with the TTP. A reception was hosted by Qatar.
- qatar mediates pakistan
%%
Ebrahim Raisi warned the Taliban to respect Iran's share of the river.
+ ebrahim-raisi appeals afghanistan
%%
Pakistan warned India of serious consequences. Asif warned that Pakistan could strike anywhere.
- pakistan appeals india
- khawaja-asif appeals pakistan
%%
The ISPR said the rescue of the men was organised by the Frontier Corps.
- inter-services-public-relations accuses pakistan
%%
The ISPR said the strikes on TTP hideouts were carried out by the Pakistan Air Force.
- inter-services-public-relations accuses pakistan
%%
India said the strikes on Pakistan were ordered by Narendra Modi.
- india accuses narendra-modi
%%
Ishaq Dar, the head of the delegation at the UN, met Marco Rubio.
- ishaq-dar official_of united-nations
%%
Ishaq Dar, who works with the IMF on the loan programme, said Pakistan would meet its targets.
- ishaq-dar official_of international-monetary-fund
%%
Randhir Jaiswal, who speaks for India's Ministry of External Affairs, accused Pakistan.
+ randhir-jaiswal official_of india
%%
Imran Khan, who speaks for Pakistan's youth, urged protests.
- imran-khan official_of pakistan
%%
Ali Raza, a specialist in China, said Beijing was worried.
- ali-raza based_in china
%%
A doctor from the Aga Khan University in Karachi described the bombing.
- aga-khan-university based_in karachi
%%
Shehbaz Sharif inaugurated a new hospital located in Gilgit.
- shehbaz-sharif based_in gilgit
%%
Pakistan drove to victory over India in the final in Dubai.
- pakistan visits india
%%
Pakistan's exports to Afghanistan stopped in Torkham after the closure.
- pakistan visits torkham
%%
Police arrested the TTP commander after raiding his house in Bannu.
- tehreek-e-taliban-pakistan attacks bannu-district
%%
Ishaq Dar said Pakistan would respond, before flying to Brussels.
- pakistan visits brussels
+ ishaq-dar visits brussels
%%
Pakistan said the drones were sent by India to attack Lahore.
+ india attacks lahore
%%
Pakistan welcomed China's decision. Its foreign minister, Wang Yi, said it would help.
+ wang-yi official_of china
%%
China, which has backed Pakistan's campaign, has its own grievances. Its ambassador, Fu Cong, accused the BLA.
+ fu-cong official_of china
%%
The TTP attacked Bannu, Pakistani officials claim.
- tehreek-e-taliban-pakistan attacks pakistan
+ tehreek-e-taliban-pakistan attacks bannu-district alleged
%%
India and the United States have long accused the ISI of nurturing the group, a charge Islamabad denies.
+ pakistan denies india
+ pakistan denies united-states
%%
Relations have been strained by Pakistani accusations that the Taliban shelter the TTP, a charge Kabul denies.
+ afghanistan denies pakistan asserted
%%
That year Admiral Mike Mullen told American lawmakers that the network was an arm of the ISI, a charge Pakistan rejected.
+ pakistan denies mike-mullen asserted
%%
The monitors added that Al-Qaeda still kept safe houses in Afghan provinces, a finding the Taliban have rejected.
- al-qaeda denies afghanistan
%%
The Taliban must still curb the Tehreek-e-Taliban Pakistan (TTP), a group Islamabad accuses of attacking Pakistani troops.
+ pakistan accuses tehreek-e-taliban-pakistan asserted
+ tehreek-e-taliban-pakistan attacks pakistan alleged
- afghanistan accuses pakistan
%%
The BLA, a group Pakistan banned in 2006, attacked Quetta.
+ pakistan sanctions baloch-liberation-army
%%
Khwarazmi accused Pakistani forces of firing artillery shells into the Dangam district overnight.
+ pakistan attacks dangam-district alleged
%%
Ishaq Dar flew to the Chinese capital on Monday.
+ ishaq-dar visits beijing
%%
Yue Xiaoyong is due in Kabul and Islamabad next month.
+ yue-xiaoyong visits islamabad planned
- yue-xiaoyong visits pakistan
%%
A Pakistani delegation led by Mohammad Sadiq Khan arrived in Kabul on Sunday.
+ mohammad-sadiq-khan visits kabul
+ pakistan visits kabul
%%
The Afghan delegation, led by Amir Khan Muttaqi, met Ishaq Dar.
+ amir-khan-muttaqi meets ishaq-dar
%%
Mohammad Sadiq Khan led a delegation to Kabul on Sunday.
+ mohammad-sadiq-khan visits kabul
%%
Muttaqi is scheduled to visit the town of Deoband in Uttar Pradesh.
+ amir-khan-muttaqi visits deoband planned
- amir-khan-muttaqi visits uttar-pradesh
%%
Pakistan and China then jointly asked the UN Security Council to add the BLA to its sanctions list.
+ pakistan cooperates china
%%
The United States and Britain on Tuesday imposed coordinated sanctions on an Iranian network.
+ united-states cooperates united-kingdom
%%
India and Pakistan did not act together.
- india cooperates pakistan
%%
Beijing, Pakistan's closest military partner, has long insisted that its trade is legal.
+ pakistan cooperates china
%%
Islamabad accuses the Taliban of letting the TTP run its campaign from Afghan soil.
+ afghanistan supports tehreek-e-taliban-pakistan alleged
%%
Pakistan allowed Afghan trucks to cross. India let Pakistan play in Dubai.
- pakistan supports afghanistan
- india supports pakistan
%%
The US embassy said Washington stood with Pakistan against terrorism. The TTP stood by its claim.
+ united-states supports pakistan
%%
Officials accuse the BYC of serving as a political front for the BLA.
+ baloch-yakjehti-committee supports baloch-liberation-army alleged
%%
Pakistan refused to serve as an intermediary between Washington and Tehran.
+ pakistan mediates iran negated
%%
Saudi Arabia has never acted as an intermediary between India and Pakistan.
+ saudi-arabia mediates india negated
%%
Iran hopes to act as an intermediary between Pakistan and Afghanistan.
+ iran mediates pakistan planned
%%
Pakistan and Afghanistan held talks hosted by Pakistan in Islamabad.
- pakistan mediates afghanistan
+ pakistan negotiates afghanistan
%%
The Taliban accused Qatar of passing messages between Pakistan and the TTP.
+ qatar mediates pakistan alleged
- afghanistan mediates pakistan
%%
India and Pakistan together account for a fifth of humanity. India and Pakistan jointly won the award.
- india cooperates pakistan
%%
Kabul and Islamabad should work together against terrorism, China said.
+ afghanistan cooperates pakistan requested
%%
India said Pakistan and the TTP were partners in terror.
+ pakistan cooperates tehreek-e-taliban-pakistan alleged
%%
India said Pakistan must act, a demand Islamabad rejected.
- pakistan denies india
%%
Pakistan said the Taliban were cooperating, a claim analysts dismissed.
- afghanistan denies pakistan
%%
Pakistan said India backs the BLA, a claim that New Delhi denies.
+ india denies pakistan
%%
The BLA, a group India denies supporting, attacked a train.
- india denies baloch-liberation-army
%%
The TTP attacked the Tribal district of Bajaur.
- tehreek-e-taliban-pakistan attacks tribal-district
+ tehreek-e-taliban-pakistan attacks bajaur-district
%%
A delegation led by Ishaq Dar visited Kabul on Monday.
+ ishaq-dar visits kabul
%%
Talks hosted by Turkey between Pakistan and Afghanistan are expected next week.
+ turkey mediates pakistan planned
%%
The group led by Noor Wali Mehsud attacked Bannu.
- noor-wali-mehsud attacks bannu-district
%%
Sohail Afridi urged the federal government to pursue dialogue with Kabul.
- sohail-afridi negotiates afghanistan
%%
China urged Pakistan to pursue dialogue with Kabul.
+ pakistan negotiates afghanistan requested
- china negotiates afghanistan
%%
Representative Dale Kessler urged the administration to impose sanctions on the Taliban.
+ dale-kessler sanctions afghanistan requested
%%
Sohail Afridi, the chief minister of Khyber Pakhtunkhwa, asked the federal government to send more troops.
+ sohail-afridi appeals pakistan
%%
The Taliban sheltered the TTP, Pakistan said. Sohail Afridi, the chief minister of Khyber Pakhtunkhwa, blamed the federal government for the attacks. Kabul denied the charge.
+ sohail-afridi accuses pakistan
- afghanistan denies sohail-afridi
%%
Amir Khan Muttaqi said the talks had gone well and accused Pakistan of stalling the trade deal.
+ amir-khan-muttaqi accuses pakistan asserted
%%
Amir Khan Muttaqi denied that any armed group was using Afghan soil and accused Pakistan of hiding its own failures.
+ amir-khan-muttaqi accuses pakistan asserted
%%
Zabihullah Mujahid rejected claims that fighters cross the border at will and urged Pakistan to hold talks.
+ zabihullah-mujahid appeals pakistan asserted
%%
Ishaq Dar said gunmen crossed the border overnight and attacked Pakistani posts.
- ishaq-dar attacks pakistan
%%
Khawaja Asif said 46 people had been killed, and accused India of the attack.
+ khawaja-asif accuses india asserted
%%
Speaking after Dar, Amir Khan Muttaqi accused Pakistan of stalling the talks.
+ amir-khan-muttaqi accuses pakistan
- ishaq-dar accuses pakistan
%%
Asked whether Pakistan would retaliate, Khawaja Asif accused India of lying.
+ khawaja-asif accuses india
- pakistan accuses india
%%
After the India-Pakistan fighting of May 2025, trade across the Wagah crossing stayed shut.
+ india attacks pakistan
+ pakistan attacks india
%%
Officials said Pakistan-Afghanistan talks in Doha would resume on Monday.
+ pakistan negotiates afghanistan
%%
A researcher who studies China-Pakistan relations said the loan was late.
- pakistan cooperates china
- china cooperates pakistan
%%
The India-Pakistan war of words went on for a week, and India and Pakistan fought a war of words at the UN too.
- india attacks pakistan
- pakistan attacks india
%%
A Pakistan-China push for a UN listing meets resistance in New York.
- pakistan meets china
- china meets pakistan
%%
Indian troops opened fire on villages in the Leepa sector overnight, the army said.
+ india attacks leepa-sector
%%
Islamabad accuses the Taliban of giving the TTP shelter, and Kabul denies giving the group any sanctuary.
+ afghanistan supports tehreek-e-taliban-pakistan alleged
%%
Iran offered the Houthis a safe haven in the north.
+ iran supports houthis
%%
Qatar gave Pakistan a warning about the talks.
- qatar supports pakistan
%%
The raid was planned by TTP commanders operating from Afghanistan with Indian backing, officials said.
+ india supports tehreek-e-taliban-pakistan
%%
The witness said al-Qaeda kept a presence in Afghanistan under Taliban protection.
+ afghanistan supports al-qaeda
%%
Bahadur and his fighters crossed into Afghanistan's Khost province, where they have stayed under the protection of the Haqqani network.
- haqqani-network supports afghanistan
%%
The BYC spreads propaganda on behalf of the BLA, according to the army.
+ baloch-yakjehti-committee supports baloch-liberation-army
%%
Ishaq Dar signed the accord on behalf of Pakistan.
- ishaq-dar supports pakistan
%%
Washington sanctioned the airline, which it accused of flying weapons into Syria on the Quds Force's behalf.
- united-states supports iran
%%
Members of the Haqqani network helped to hide Ayman al-Zawahiri in Kabul.
+ haqqani-network supports ayman-al-zawahiri
%%
Pakistan sheltered the TTP for years, US officials alleged.
+ pakistan supports tehreek-e-taliban-pakistan alleged
- pakistan supports united-states
%%
Iran and Afghanistan have quarrelled over water for years. Abdul Latif Mansoor, the Taliban government's acting minister of water, arrived in Tehran on Sunday for three days of talks.
+ abdul-latif-mansoor negotiates iran asserted
%%
China said it would host the meeting. Ajit Doval is expected to travel to Beijing next month for another round of talks.
+ ajit-doval negotiates china planned
%%
Ishaq Dar returned to Islamabad for talks with party leaders, Pakistan said.
- ishaq-dar negotiates pakistan
%%
Russia hosted talks in Moscow between a Taliban delegation led by Amir Khan Muttaqi and the special envoys of China, Iran and Pakistan.
+ russia mediates afghanistan
+ russia mediates iran
+ afghanistan negotiates china
+ afghanistan negotiates pakistan
- russia mediates amir-khan-muttaqi
- china negotiates iran
%%
Talks between a Taliban delegation and the envoys of China and Iran ended on Monday.
+ afghanistan negotiates iran
- china negotiates iran
%%
Clashes between Pakistani troops near Chaman and Afghan forces killed four.
+ pakistan attacks afghanistan
+ afghanistan attacks pakistan
%%
China brokers Pakistan-Afghanistan deal on border crossings.
+ china mediates pakistan
+ china mediates afghanistan
%%
Qatar hosted the overnight session in Doha that produced the first truce between Pakistan and Afghanistan.
+ qatar mediates pakistan
+ qatar mediates afghanistan
%%
In 2021 Iraq helped arrange the first meeting between Saudi and Iranian officials in Baghdad.
+ iraq mediates saudi-arabia
+ iraq mediates iran
%%
Pakistan hosted a long session between its officials and Afghan envoys in Islamabad.
- pakistan mediates afghanistan
%%
Russia hosted a summit of BRICS leaders in Kazan.
- russia mediates brics
%%
Turkish Foreign Minister Hakan Fidan held talks with Pakistani officials in Lahore on Wednesday.
+ hakan-fidan visits lahore
%%
Ajay Banga met Narendra Modi in New Delhi days after the treaty was suspended.
+ ajay-banga visits new-delhi
%%
Antonio Guterres met Shehbaz Sharif in New York on Monday.
- antónio-guterres visits new-york
%%
Ishaq Dar had arrived in the Kyrgyz capital a day earlier.
+ ishaq-dar visits bishkek
%%
Sadia Rehman, a Turkey specialist at the Islamabad Policy Research Institute, said the talks would stall.
+ sadia-rehman official_of islamabad-policy-research-institute
%%
Fatemeh Rahmani, a hydrologist at the University of Tehran, said the river was low.
+ fatemeh-rahmani official_of university-of-tehran
%%
Mohsin Naqvi will meet China's public security minister, Wang Xiaohong, next week.
+ wang-xiaohong official_of china
+ mohsin-naqvi meets wang-xiaohong
- mohsin-naqvi meets china
%%
Khurram Awan, the CTD superintendent who led the inquiry, spoke to reporters.
+ khurram-awan official_of counter-terrorism-department
%%
Nargis Hussaini, a Kabul-based researcher, said the recruiters were still active.
+ nargis-hussaini based_in kabul
%%
The TTP, which is active across much of Khyber Pakhtunkhwa, denied any role.
+ tehreek-e-taliban-pakistan based_in khyber-pakhtunkhwa
%%
The World Health Organization, which has an office in Islamabad, urged the police to act.
+ world-health-organization based_in islamabad
%%
Russia said ISKP still had cells in northern Afghanistan.
+ islamic-state-khorasan-province based_in afghanistan
%%
Zahid Iqbal Awan, reached by telephone in Bahawalpur, where the Al-Ehsan Welfare Trust is based, denied the charges.
+ al-ehsan-welfare-trust based_in bahawalpur
- zahid-iqbal-awan visits bahawalpur
%%
Pakistan's mission in Kabul said the crossing would reopen.
- pakistan based_in kabul
%%
Russia, which recognised the Taliban government in July, cites the fight against ISKP as a main reason for working with Kabul.
+ russia cooperates afghanistan
- islamic-state-khorasan-province cooperates afghanistan
%%
Pakistan praised the group for working with China on the corridor.
- pakistan cooperates china
%%
Washington does not recognise the Taliban government, and Pakistan recognised the TTP as a threat long ago.
- united-states cooperates afghanistan
- pakistan cooperates tehreek-e-taliban-pakistan
%%
In Syria the Fatemiyoun Division fought alongside Hezbollah around Aleppo.
+ fatemiyoun-brigade cooperates hezbollah
- fatemiyoun-brigade attacks hezbollah
%%
Sarfraz Bugti has accused the Taliban government of sheltering militants, and Kabul denies harbouring any of them.
+ afghanistan denies sarfraz-bugti
- sarfraz-bugti denies afghanistan
%%
The Indian Army disputed the ISPR's account of the firing.
+ india denies inter-services-public-relations
%%
India and Pakistan fought for four days. Who stopped the fighting is itself contested.
- pakistan denies india
- india denies pakistan
%%
China blamed the TTP at first. Pakistani investigators later said TTP commanders based in Afghanistan had planned the bombing, a finding Kabul disputed.
+ afghanistan denies pakistan
- afghanistan denies china
%%
In 2019 Washington blamed Iran for a drone strike on the Abqaiq plant that the Houthis had claimed, an accusation Iran also rejected.
+ iran denies united-states
- iran denies houthis
%%
In 2023 Ebrahim Raisi told the Taliban to respect the water treaty, and the ICJ ordered Pakistan to review the verdict.
+ ebrahim-raisi appeals afghanistan
+ international-court-of-justice appeals pakistan
%%
Ishaq Dar told reporters in Islamabad that talks would resume, and Pakistan ordered an inquiry into the attack.
- ishaq-dar appeals pakistan
%%
Zabihullah Mujahid described the exchange as "a humanitarian step" and called on Pakistan to reopen Torkham.
+ zabihullah-mujahid appeals pakistan
%%
Recep Tayyip Erdogan said the PKK must disarm and accused Sweden of harbouring its members.
+ recep-tayyip-erdogan accuses sweden asserted
- kurdistan-workers-party accuses sweden
%%
Ishaq Dar denied that Pakistan had struck Kabul and accused India of spreading lies.
+ ishaq-dar accuses india asserted
- pakistan accuses india
%%
In New York, Stephane Dujarric told reporters that Antonio Guterres was following the reports and urged both India and Pakistan to show restraint.
+ antónio-guterres appeals india
%%
Paulo Lima, a Brazilian diplomat, met Ishaq Dar in Islamabad, and Tarek Fatah accused Pakistan of lying.
+ paulo-lima meets ishaq-dar
- peru meets ishaq-dar
- fatah accuses pakistan
%%
German lawmaker Lukas Wagner accused Russia of lying, and Roger Wagner met Dar in Berlin.
- wagner-group accuses russia
- wagner-group meets ishaq-dar
%%
Meanwhile Chad accused Sudan of backing the RSF in Darfur.
+ chad accuses sudan
+ sudan supports rapid-support-forces alleged
%%
He is writing a thesis on the India-Pakistan conflict, and diplomats are working to avoid a Pakistan-Afghanistan war.
- india attacks pakistan
- pakistan attacks afghanistan
%%
The Pakistan-Afghanistan talks did not take place, but Moscow-Kyiv talks resumed in Istanbul.
- pakistan negotiates afghanistan
+ russia negotiates ukraine
%%
Switzerland said so. Steve Witkoff arrived in Geneva for talks on Ukraine.
- steve-witkoff negotiates switzerland
%%
Norway facilitated the talks between Colombia and the ELN.
+ norway mediates colombia
- norway supports national-liberation-army
%%
Amna Rehman, a professor at Georgetown University, said the sanctions would bite.
+ amna-rehman official_of georgetown-university
- amna-rehman official_of georgetown
%%
China Merchants Port Holdings, which has an office in Colombo, signed the lease.
+ china-merchants-port-holdings based_in colombo
- china based_in colombo
%%
Somali President Hassan Sheikh Mohamud met Ishaq Dar in Islamabad.
+ hassan-sheikh-mohamud meets ishaq-dar
%%
Jimmy Cherizier, a former police officer, met Ishaq Dar last year.
+ jimmy-cherizier meets ishaq-dar
%%
The gang, led by Luckson Elan, controls the north. Luckson Elan met Ishaq Dar in May.
+ luckson-elan meets ishaq-dar
%%
Germine Joly, the jailed leader of a gang, met Ishaq Dar in prison. Ruben Vardanyan, a Russian-born billionaire, met Ishaq Dar a week later.
+ germine-joly meets ishaq-dar
+ ruben-vardanyan meets ishaq-dar
%%
The foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov, met in Almaty.
+ ararat-mirzoyan meets jeyhun-bayramov
%%
Malaysia's Anwar Ibrahim hosted the talks as chair of ASEAN, and Abdirahman Mohamed Abdullahi, who was sworn in as Somalia's president in December, attended.
+ anwar-ibrahim official_of association-of-southeast-asian-nations
+ abdirahman-mohamed-abdullahi official_of somalia
%%
Pakistan sees the TTP as a threat, and Ishaq Dar spoke as head of the delegation.
- ishaq-dar official_of tehreek-e-taliban-pakistan
%%
Muse Bihi Abdi, then the leader of Somalia, signed it. Ethiopia was represented by its then foreign minister, Taye Atske Selassie.
+ muse-bihi-abdi official_of somalia
+ taye-atske-selassie official_of ethiopia
%%
Putin's truce

Published: 2 June 2025

Vladimir Putin brokered the truce in 2020, and Russia sent peacekeepers to the corridor.
+ vladimir-putin official_of russia
%%
Putin's truce

Published: 2 June 2025

Vladimir Putin brokered the truce in 2020.
- vladimir-putin official_of russia
%%
Imran Khan in 2025

Published: 2 June 2025

Imran Khan, who speaks for Pakistan's youth, urged protests.
- imran-khan official_of pakistan
%%
Separatists of the BLA ambushed a column of Pakistani troops near Turbat, and militants of the TTP attacked a checkpoint in Bannu.
+ baloch-liberation-army attacks pakistan
+ tehreek-e-taliban-pakistan attacks bannu-district
%%
A suicide bomber killed 27 members of Iran's Revolutionary Guards in Zahedan, an attack claimed by the Sunni militant group Jaish al-Adl.
+ jaish-al-adl attacks iran alleged
+ jaish-al-adl attacks zahedan
%%
Khalil Haqqani was killed in December by a suicide bomber inside his ministry, in an attack claimed by ISKP.
+ islamic-state-khorasan-province attacks khalil-haqqani
%%
George Glezmann, an airline mechanic from Atlanta who was detained in 2022 while visiting Afghanistan, was freed.
+ george-glezmann visits afghanistan
%%
Fighters of the al-Qaeda-aligned JNIM were operating nearby, and the Iran-allied Houthis fired missiles.
+ al-qaeda cooperates jama-at-nusrat-al-islam-wal-muslimin
+ iran cooperates houthis
%%
Acting Prime Minister Phumtham Wechayachai met Cambodian Prime Minister Hun Manet in Kuala Lumpur.
+ hun-manet visits kuala-lumpur
%%
Cambodian Prime Minister Hun Manet met the Thai envoy in Phnom Penh.
- hun-manet visits phnom-penh
%%
The Thai army says Cambodian troops opened fire on Thai posts overnight.
+ thailand accuses cambodia
%%
Indian jets struck Balakot on Tuesday, Pakistan said.
+ pakistan accuses india
%%
Pakistan said its forces killed ten TTP militants, and Donald Trump said India and Pakistan fought for four days.
- pakistan accuses tehreek-e-taliban-pakistan
- donald-trump accuses india
%%
Jaish al-Adl, a group that has fought Iranian forces for a decade, said its fighters carried out the ambush.
- iran accuses jaish-al-adl
%%
Near Croix-des-Bouquets, the jailed leader of a gang ordered attacks on Haitian police, and a convoy led by Red Crescent workers entered Gaza.
- near-croix-des-bouquets attacks haiti
%%
Trump watched as Mohammed bin Salman was sworn in as Saudi Arabia's prime minister, and Shehbaz Sharif praised Malaysia's role as chair of ASEAN.
+ mohammed-bin-salman official_of saudi-arabia
- donald-trump official_of saudi-arabia
- shehbaz-sharif official_of association-of-southeast-asian-nations
%%
Afghan refugees

Published: 2 June 2025

Abdul Kabir, a shopkeeper in Peshawar, said Afghanistan was calm.
- abdul-kabir official_of afghanistan
%%
Donald Trump said Israel struck Iran's nuclear sites, and the United States said Israel acted in self-defence.
- donald-trump accuses israel
- united-states accuses israel
%%
Yoweri Museveni met William Ruto in Nairobi to discuss Goma.
- yoweri-museveni negotiates goma
%%
Russia's Black Sea Fleet was attacked by Ukrainian drones, and a formerly al-Qaeda-aligned faction took Damascus.
+ ukraine attacks russia
- ukraine attacks black-sea
- al-qaeda cooperates hayat-tahrir-al-sham
%%
Pakistani tycoon Malik Riaz met Ishaq Dar, and Somali billionaire Abdirashid Duale met him later.
+ malik-riaz meets ishaq-dar
%%
Imran Khan told the Turkish broadcaster TRT World that talks had begun.
- imran-khan meets trt-world
%%
Jaish-e-Mohammed has been on the UN list since 2001 and was outlawed by Pakistan a year later.
+ pakistan sanctions jaish-e-mohammed
%%
The TTP is backed largely by Afghanistan, Pakistan says.
+ afghanistan supports tehreek-e-taliban-pakistan
%%
Separatists of the Strategic Framework for the Defence of the People of Azawad (CSP-DPA) ambushed a column of Malian troops.
+ strategic-framework-for-the-defence-of-the-people-of-azawad attacks mali
- people-of-azawad attacks mali
%%
California Governor Gavin Newsom met Ishaq Dar, and Sindh Governor Kamran Tessori joined them.
+ gavin-newsom official_of california
%%
Abdirahman Mohamed Abdullahi was sworn in as Somaliland's president in December.
+ abdirahman-mohamed-abdullahi official_of somaliland
%%
The UN Security Council added Iyad Ag Ghaly, the leader of JNIM, to its sanctions list.
+ united-nations-security-council sanctions iyad-ag-ghaly
%%
The State Department listed Tren de Aragua as a terrorist organisation, and Pakistan listed its demands for Afghanistan.
+ united-states sanctions tren-de-aragua
- pakistan sanctions afghanistan
%%
US prosecutors indicted Masood Azhar on terrorism charges.
+ united-states accuses masood-azhar
%%
Wang Yi, in Kabul for talks, said the corridor would be extended.
+ wang-yi visits kabul
%%
Amir Khan Muttaqi hosted Wang Yi in Kabul on Monday, and Wang Yi returned from Kabul on Tuesday.
+ wang-yi visits kabul
%%
Ishaq Dar was in Islamabad on Monday, and Shehbaz Sharif hosted him in Lahore.
- ishaq-dar visits islamabad
- ishaq-dar visits lahore
%%
Al-Shabaab controls large rural areas of Somalia, and JNIM is strongest in central Mali.
+ al-shabaab based_in somalia
+ jama-at-nusrat-al-islam-wal-muslimin based_in mali
%%
Dale Kessler backed the call to regain control of Bagram air base.
- dale-kessler based_in bagram-air-base
%%
Wang Yi hosted Ishaq Dar for talks, and Qatar hosted a summit of Gulf leaders.
+ wang-yi meets ishaq-dar
%%
Wang Yi asked his hosts to move against ETIM, and Russia hosted talks between Afghanistan and China.
- wang-yi meets east-turkestan-islamic-movement
+ russia mediates afghanistan
- russia meets afghanistan
%%
The Maldives struck a deal with China on infrastructure. Pakistan and Turkey held joint military exercises.
+ maldives cooperates china
- maldives attacks china
+ pakistan cooperates turkey
%%
Pakistan called for Afghanistan to act against the TTP. Iran wants Pakistan to dismantle the bases of Jaish al-Adl.
+ pakistan appeals afghanistan
+ iran appeals pakistan
%%
The UN report lists Pakistan among the top ten donors to the fund. Iran and the United States both list Jaish al-Adl as a terrorist group.
- united-nations sanctions pakistan
+ iran sanctions jaish-al-adl
+ united-states sanctions jaish-al-adl
%%
Dar later called on President Masoud Pezeshkian, who urged Pakistan to act against the militants.
+ ishaq-dar meets masoud-pezeshkian
- ishaq-dar appeals masoud-pezeshkian
%%
Pakistan called for calm, and Ishaq Dar is expected to visit Kabul.
- pakistan appeals afghanistan
+ ishaq-dar visits kabul planned
%%
Iran summoned Pakistan's ambassador to protest the attack, and India lodged a protest with Bangladesh over the killing.
+ iran accuses pakistan
+ india accuses bangladesh
%%
The court summoned Imran Khan on Monday.
- pakistan accuses imran-khan
%%
Before flying out on Tuesday, Wang Yi called on Narendra Modi, who according to an Indian readout stressed the need for peace.
+ wang-yi meets narendra-modi
- wang-yi appeals narendra-modi
%%
Stephane Dujarric said Antonio Guterres called on India and Pakistan "to exercise maximum restraint".
+ antónio-guterres appeals india
%%
Israeli troops came under attack from Hezbollah near the border.
+ hezbollah attacks israel
- israel attacks hezbollah
%%
The Sinaloa Cartel is strong in the north. The cartel targeted Mexican soldiers, and gunmen from the cartel ambushed a police convoy.
+ sinaloa-cartel attacks mexico
%%
Pakistan categorically rejected the statement by the Indian foreign ministry.
+ pakistan denies india
%%
Pakistan attacked the report by the UN in a long statement.
- pakistan denies united-nations
%%
Pakistan called for the TTP to be banned by the Security Council.
- pakistan appeals tehreek-e-taliban-pakistan
%%
The UN called on Pakistan and Afghanistan, whose border has been closed for several weeks now, to reopen the crossings.
+ united-nations appeals pakistan
+ united-nations appeals afghanistan
- united-nations meets pakistan
%%
The Lahore High Court summoned Pakistan's interior minister over the protest.
- lahore-high-court accuses pakistan
%%
Pakistan lodged a protest with the United Nations over India's actions in Kashmir.
- pakistan accuses united-nations
%%
The US indicted Lafarge for financing the Islamic State.
- united-states accuses islamic-state
%%
The RSF captured the attention of Washington with the assault.
- rapid-support-forces attacks washington
%%
The TTP operates in collusion with India, Pakistan says.
- tehreek-e-taliban-pakistan based_in india
%%
Hamas Gaza Chief Yahya Sinwar met Egyptian officials.
+ yahya-sinwar official_of hamas
- yahya-sinwar official_of gaza
%%
India came under fire from Pakistan over the water treaty.
+ pakistan accuses india
- pakistan attacks india
%%
Pakistan held a joint exercise with Turkey in the Arabian Sea.
+ pakistan cooperates turkey
%%
Hochstein flew to Israel, where he met Prime Minister Benjamin Netanyahu and Strategic Affairs Minister Ron Dermer.
+ benjamin-netanyahu official_of israel
- hochstein meets strategic-affairs
%%
President Claudia Sheinbaum said the decision to hand over the prisoners was Mexico's own.
+ claudia-sheinbaum official_of mexico
%%
Somali President Hassan Sheikh Mohamud sat down with Prime Minister Abiy Ahmed in Addis Ababa. Prime Minister Atal Bihari Vajpayee signed the accord with Pakistan. Cherizier demanded that Prime Minister Ariel Henry step down, Pakistan said.
- abiy-ahmed official_of somalia
- atal-bihari-vajpayee official_of pakistan
- ariel-henry official_of pakistan
%%
Wang Yi spent two days in Kabul last week. Wang Yi spent years in Islamabad as a young diplomat. Amir Khan Muttaqi had earlier held talks in Islamabad on trade.
+ wang-yi visits kabul
- wang-yi visits islamabad
+ amir-khan-muttaqi visits islamabad
%%
Shehbaz Sharif hosted Chinese Foreign Minister Wang Yi and Afghan Foreign Minister Amir Khan Muttaqi in Islamabad for talks. Wang Yi and Amir Khan Muttaqi were both in Tehran for a summit.
+ wang-yi visits islamabad
+ amir-khan-muttaqi visits islamabad
- amir-khan-muttaqi official_of china
+ wang-yi visits tehran
+ amir-khan-muttaqi visits tehran
%%
The United States designated three groups as terrorist organisations: the TTP, the BLA and the Majeed Brigade. Ishaq Dar met three visitors on Monday: Wang Yi, Amir Khan Muttaqi and Abbas Araghchi.
+ united-states sanctions tehreek-e-taliban-pakistan
+ united-states sanctions majeed-brigade
+ ishaq-dar meets abbas-araghchi
%%
Accusing Kabul of sheltering the TTP, Pakistan closed the border. Fighting alongside the TTP and the BLA, the Majeed Brigade drove troops out of the district.
+ pakistan accuses afghanistan
- afghanistan supports pakistan
+ majeed-brigade cooperates tehreek-e-taliban-pakistan
+ majeed-brigade cooperates baloch-liberation-army
%%
Visiting Beijing, Kabul and Tehran, Ishaq Dar met Wang Yi. In 2017 Jamaat-ul-Ahrar merged with the TTP. Indian jets pounded Muridke before dawn.
+ ishaq-dar meets wang-yi
- afghanistan meets wang-yi
+ jamaat-ul-ahrar cooperates tehreek-e-taliban-pakistan
+ india attacks muridke
%%
Ishaq Dar said talks with Kabul would go on, but accused India of meddling. Masood Azhar, whom India accuses of planning the 2001 attack, lives in Bahawalpur.
+ ishaq-dar accuses india asserted
+ india accuses masood-azhar
%%
Iran, Hezbollah's main backer, welcomed the truce. JNIM swore allegiance to al-Qaeda in 2017. Moscow accused the European Union of meddling, a charge EU officials reject.
+ iran supports hezbollah
+ jama-at-nusrat-al-islam-wal-muslimin supports al-qaeda
+ european-union denies russia
%%
Shehbaz Sharif met Wang Yi first and then Amir Khan Muttaqi in Beijing.
+ shehbaz-sharif meets amir-khan-muttaqi
+ amir-khan-muttaqi visits beijing
- wang-yi visits beijing
%%
Foreign Minister Juan Ramon de la Fuente met Marco Rubio. Iyad Ag Ghaly founded Ansar Dine in 2012. Imran Khan's killing in Lahore would shock the country.
+ juan-ramon-de-la-fuente meets marco-rubio
+ iyad-ag-ghaly official_of ansar-dine
- imran-khan attacks lahore
%%
Security Secretary Omar Garcia Harfuch spoke on Thursday. Marco Rubio and Garcia Harfuch later met Wang Yi.
+ omar-garcia-harfuch meets wang-yi
- garcia-harfuch meets wang-yi
%%
The plan took shape during shuttle diplomacy by Amos Hochstein, a senior adviser to Joe Biden, the US president. Hochstein spent two days in Kabul last week. Ajit Doval, a close aide to Wang Yi, spoke in China.
+ amos-hochstein official_of united-states
+ amos-hochstein visits kabul
- ajit-doval official_of china
%%
Juan Ramon de la Fuente, Marcelo Ebrard and Omar Garcia Harfuch held talks in Washington on Thursday with Secretary of State Marco Rubio. Imran Khan told reporters that Shehbaz Sharif and Wang Yi deserved credit for ending the conflict.
+ juan-ramon-de-la-fuente meets marco-rubio
+ omar-garcia-harfuch meets marco-rubio
- juan-ramon-de-la-fuente meets marcelo-ebrard
- shehbaz-sharif attacks wang-yi
%%
Officials of the Gulf Cooperation Council met Ishaq Dar in Riyadh. The United States designated the Cartel del Noreste a terrorist group.
+ gulf-cooperation-council meets ishaq-dar
- gulf-region meets ishaq-dar
+ united-states sanctions cartel-del-noreste
%%
Shehbaz Sharif and Wang Yi met on the sidelines of the climate summit in Dubai in December. Amir Khan Muttaqi and Ishaq Dar signed a transit accord in Islamabad on Monday.
+ shehbaz-sharif visits dubai
+ wang-yi visits dubai
+ amir-khan-muttaqi visits islamabad
- ishaq-dar visits islamabad
%%
India and Pakistan fought three wars over Kashmir. India and Pakistan fought over the water treaty in court.
+ india attacks pakistan
+ pakistan attacks india
%%
Qasem Soleimani was killed in a US drone strike near Baghdad's airport in January 2020. Mullah Fazlullah was killed by a US drone strike in Afghanistan's Kunar province.
+ united-states attacks qasem-soleimani
- united-states attacks iraq
+ united-states attacks mullah-fazlullah
- united-states attacks kunar
%%
Qasem Soleimani, the Quds Force commander killed by a US drone strike in Baghdad, oversaw recruitment. Baitullah Mehsud, the TTP founder killed by a CIA drone in 2009, led the group for years.
+ united-states attacks qasem-soleimani
- qasem-soleimani attacks united-states
+ central-intelligence-agency attacks baitullah-mehsud
- baitullah-mehsud official_of central-intelligence-agency
%%
Hezbollah is now led by Naim Qassem, who became secretary-general after an Israeli air strike killed his predecessor, Hassan Nasrallah, in September.
+ israel attacks hassan-nasrallah
- israel attacks naim-qassem
- naim-qassem official_of israel
+ naim-qassem official_of hezbollah
%%
Prime Minister Kamla Persad-Bissessar criticised Venezuela's government over the detentions. President Maria Lopez of the Andean Mining Company said Peru's new tax would hurt investors. President Bola Tinubu said Nigeria's security forces would hunt down the kidnappers.
- kamla-persad-bissessar official_of venezuela
- maria-lopez official_of peru
+ bola-tinubu official_of nigeria
%%
Ahmed Noorzai, a close aide to Noor Wali Mehsud, was arrested in Karachi, Pakistan said. Ishaq Dar rejected two claims: that Pakistan shelters Hamas and that it backs the TTP. Mali expelled three aid groups last year: the Norwegian Refugee Council, Oxfam and the TTP.
- ahmed-noorzai official_of pakistan
- ishaq-dar denies pakistan
- mali supports oxfam
- mali supports tehreek-e-taliban-pakistan
%%
Juan Carlos de la Torre Medina, Ecuador's defence minister, met Marco Rubio. Mohsin Naqvi condemned what he called unprovoked firing by Afghan forces on civilian areas. Mali insisted the drone never left its territory, accused Algiers of sheltering the rebels, and recalled its ambassador.
+ juan-carlos-de-la-torre-medina official_of ecuador
+ mohsin-naqvi accuses afghanistan
+ mali accuses algeria asserted
%%
A Saudi-led coalition has fought the Houthis since 2015, and the Houthis have fired missiles and drones at Saudi cities. Pakistan routed its exports through Iran. Hezbollah began firing a day after the Hamas-led assault on southern Israel.
+ saudi-arabia attacks houthis
+ houthis attacks saudi-arabia
- pakistan attacks iran
+ hamas attacks israel
%%
Iranian and Saudi diplomats held talks in Muscat under Omani auspices. The talks touched on Yemen, where a Saudi-led coalition and the Houthis have kept to a truce since 2022. The meeting followed weeks of quiet shuttle diplomacy by Pakistan.
+ pakistan mediates iran
+ pakistan mediates saudi-arabia
- pakistan mediates houthis
%%
The attack was carried out by ISKP, the group's regional affiliate, which is based in Afghanistan. Jaish al-Adl fighters had come from hideouts inside Pakistan. The Africa Corps already has personnel in Mali. Indian troops deployed in Kashmir fired on the crowd.
+ islamic-state-khorasan-province based_in afghanistan
+ jaish-al-adl based_in pakistan
+ africa-corps based_in mali
- india based_in kashmir
%%
Tahir Andrabi accused Kabul of inaction, saying the fighters still operated freely from Afghan soil. Jaish al-Adl, which Tehran says hides in Pakistan's Balochistan province, denied it.
+ tahir-andrabi accuses afghanistan
- tahir-andrabi based_in afghanistan
+ jaish-al-adl based_in balochistan alleged
%%
Israel, saying Hamas violated the truce, resumed strikes on Gaza City. Pakistan, saying the TTP had killed 16 soldiers, launched air strikes on Paktika. Ishaq Dar, saying ties were at a historic high, met Wang Yi in Beijing.
+ israel attacks gaza-city asserted
- hamas attacks gaza-city
+ pakistan attacks paktika asserted
- tehreek-e-taliban-pakistan attacks paktika
+ ishaq-dar meets wang-yi asserted
%%
Ishaq Dar welcomed the treaty signed in Bishkek between Kyrgyzstan and Tajikistan. Israeli drone strike footage was broadcast on Al Jazeera. President Felix Tshisekedi said Rwanda's troops were in Congo.
- ishaq-dar visits bishkek
- israel attacks al-jazeera
- felix-tshisekedi official_of rwanda
%%
Pakistan described the report as baseless and accused India of spreading lies. India had lobbied the United States for months to blacklist the group. Zabihullah Mujahid dismissed the charge and urged Pakistan to look at its own failures instead of blaming its neighbours.
+ pakistan accuses india
+ india appeals united-states
+ zabihullah-mujahid appeals pakistan
- zabihullah-mujahid accuses pakistan
%%
Iran's government has been guarded, and President Masoud Pezeshkian is expected in Armenia next week. US hostage envoy Adam Boehler and former peace envoy Zalmay Khalilzad travelled to Kabul.
+ masoud-pezeshkian visits armenia planned
- iran visits armenia
+ zalmay-khalilzad visits kabul
+ adam-boehler visits kabul
%%
Rajnath Singh, who met his Chinese counterpart Admiral Dong Jun in Qingdao in June, said India would keep talking. Asim Munir had lunch with Donald Trump in Washington in June. Adam Boehler flew to Kabul with Zalmay Khalilzad for talks.
- rajnath-singh official_of china
+ asim-munir meets donald-trump
+ zalmay-khalilzad visits kabul
%%
Wang Yi arrived in Kabul on Sunday on the first leg of a tour of Afghanistan and Pakistan. Amir Khan Muttaqi arrived in New Delhi on Thursday for a six-day visit to India. Ishaq Dar spoke on the eve of a visit to Kabul by Wang Yi.
+ wang-yi visits pakistan
+ amir-khan-muttaqi visits india
- ishaq-dar visits kabul
%%
Relations between Islamabad and Kabul have been strained by deadly border clashes. Ties between New Delhi and Islamabad have been in deep freeze since April. China and Pakistan agreed to deepen relations.
- pakistan cooperates afghanistan
- india cooperates pakistan
+ china cooperates pakistan
%%
Khawaja Asif and Mohammad Yaqoob met Pakistan's delegation in Istanbul. Mohamed bin Zayed al Nahyan met the United Arab Emirates' guests.
- khawaja-asif meets pakistan
%%
Mohsin Naqvi, adding that the attackers were Afghan nationals, accused Kabul of inaction. Abbas Araghchi, who signed the accord in Muscat, returned to Tehran on Friday. Ishaq Dar flew to Kabul with Wang Yi's blessing. The Taliban routed ISKP fighters in Nangarhar, and Pakistan routed its exports to Central Asia through Afghanistan.
+ mohsin-naqvi accuses afghanistan
+ abbas-araghchi visits muscat
- wang-yi visits kabul
+ afghanistan attacks islamic-state-khorasan-province
- pakistan attacks central-asia
%%
Ties between Pakistan and China have deepened despite tension in the region. Relations between Iran and Pakistan were tense after the January strikes but have since normalised.
+ pakistan cooperates china
+ iran cooperates pakistan
%%
A rebel spokesman told AFP that the rebels were ready for talks with the Malian government.
- agence-france-presse negotiates mali
%%
The spokesman told the BBC that Algeria was ready for talks with Mali.
+ algeria negotiates mali
- bbc negotiates mali
%%
Pakistan accused Afghanistan of sheltering members of the TTP.
+ afghanistan supports tehreek-e-taliban-pakistan alleged
%%
Mali accused Algeria of harbouring the top leaders of JNIM.
+ algeria supports jama-at-nusrat-al-islam-wal-muslimin alleged
%%
Pakistan demanded action against members of the TTP.
- pakistan appeals tehreek-e-taliban-pakistan
%%
CARACAS, Sept 3 - The United States military destroyed a speedboat in the Caribbean, killing 11 people.
- venezuela attacks united-states
%%
KABUL, Oct. 14 (Reuters) - Pakistani jets struck a market in Paktika, officials said.
+ pakistan attacks paktika
- afghanistan attacks paktika
%%
BRUSSELS, June 20 - Ministers agreed new measures against Moscow, targeting its banks.
- belgium attacks russia
%%
Pakistan - with Iran close behind - accused India of backing the BLA.
+ pakistan accuses india
%%
BEIRUT - The cabinet approved the truce. National Security Minister Avi Dromi, who cast the only vote against it, walked out.
- avi-dromi official_of lebanon
%%
Pakistan, the country worst hit by the raids, accused India of backing the BLA.
+ pakistan accuses india
- pakistan attacks india
%%
Russian drones struck Kyiv overnight. Israeli jets bombed Beirut. The TTP has fought Islamabad for years.
+ russia attacks kyiv
- russia attacks ukraine
+ israel attacks beirut
+ tehreek-e-taliban-pakistan attacks pakistan
%%
Qatar and Turkey urged both parties to return to talks.
- qatar appeals turkey
- turkey appeals qatar
- qatar negotiates turkey
%%
Qatar and Egypt urged Israel and Hamas to extend their ceasefire.
+ qatar appeals israel
- qatar negotiates egypt
+ israel negotiates hamas requested
%%
Pakistan and India traded fire on Monday. Local commanders from the two sides are expected to hold a flag meeting later this week.
+ india meets pakistan planned
%%
Abdel Fattah al-Burhan flew to Cairo on Monday. Burhan accused the RSF of shelling Omdurman.
+ abdel-fattah-al-burhan accuses rapid-support-forces
%%
Iran and Saudi Arabia offered to act as intermediaries between India and Pakistan. Saudi Arabia and the United States co-hosted talks between Russia and Ukraine.
+ iran mediates india planned
+ united-states mediates ukraine
%%
Gustavo Petro spoke on Monday. Petro has clashed repeatedly with the Trump administration over migration. Pakistani and Afghan forces clashed at Torkham.
- gustavo-petro attacks united-states
+ pakistan attacks afghanistan
%%
Guyana, which has a long-running border dispute with Venezuela, welcomed it. Islamabad asked Kabul to deny the TTP a safe haven. India denied the Pakistani charge.
- guyana denies venezuela
- afghanistan denies tehreek-e-taliban-pakistan
+ india denies pakistan
%%
The United States, a treaty ally of Manila, condemned the move. Rebels took the outskirts of Kabul.
+ united-states cooperates philippines
- united-states cooperates manila
%%
Israel struck Hamas in Gaza. Hezbollah, the Iran-backed Lebanese group, said it would respond. The M23, a Rwanda-backed rebel group, seized Goma.
+ iran supports hezbollah alleged
- iran supports hamas
+ rwanda supports m23 alleged
- rwanda supports hamas
%%
Washington accuses President Nicolas Maduro's government of directing the gang.
+ united-states accuses venezuela
- united-states accuses nicolas-maduro
%%
European Union governments approved new sanctions against Russia, targeting tankers in Moscow's shadow fleet. Israeli jets targeted Hezbollah positions.
+ european-union sanctions russia
- european-union attacks russia
+ israel attacks hezbollah
%%
Sudan's army and the RSF have fought since 2023. Washington and Riyadh, which co-hosted several rounds of negotiations between the two sides, urged both to return to the table.
- saudi-arabia negotiates united-states
%%
Egypt, a close ally of Sudan, has been pressing for a humanitarian truce for El Fasher.
- egypt cooperates el-fasher
%%
The United States condemned China's actions and said that its defence pact with the Philippines covers attacks.
+ united-states cooperates philippines alleged
- china cooperates philippines
%%
Sudan's army shelled El Fasher. The RSF accused the army of using civilians as shields.
+ rapid-support-forces accuses sudan
%%
Pakistan may strike hideouts inside Afghanistan. India said Pakistan might have sent the gunmen, and accused it of backing the TRF.
+ pakistan attacks afghanistan planned
+ india accuses pakistan asserted
%%
China, whose nationals have been targeted by the separatists, urged Pakistan to do more. A visit to Kabul by Pakistan's foreign minister, Ishaq Dar, was planned for May.
- pakistan attacks china
+ china appeals pakistan
+ ishaq-dar visits kabul
%%
Turkish drones struck positions held by the SDF near Kobani. Pakistan attacked camps run by the TTP in Khost.
+ turkey attacks syrian-democratic-forces
- turkey attacks kobani
+ pakistan attacks tehreek-e-taliban-pakistan
%%
Somali troops retook Kismayo from al-Shabaab. Pakistani troops overran a base held by the BLA. The RSF captured the attention of Washington.
+ somalia attacks al-shabaab
+ pakistan attacks baloch-liberation-army
- rapid-support-forces attacks united-states
%%
SDF commander Mazloum Abdi met Ahmed al-Sharaa in Damascus. He urged Washington to restrain Turkey.
+ mazloum-abdi appeals united-states
- ahmed-al-sharaa appeals united-states
%%
Iran and Russia, which back the Houthis, condemned the strikes. Pakistan accused India and the TTP, which it says attack Balochistan.
+ iran supports houthis
+ russia supports houthis
- india attacks balochistan
%%
Hakan Fidan, on his first visit to Damascus since the fall of Bashar al-Assad, also met Ahmed al-Sharaa.
+ hakan-fidan meets ahmed-al-sharaa
- bashar-al-assad meets ahmed-al-sharaa
%%
Pakistan on 9 May struck TTP hideouts in Khost. India in May attacked the BLA.
+ pakistan attacks tehreek-e-taliban-pakistan asserted
+ india attacks baloch-liberation-army asserted
%%
Sudan's army shelled El Fasher. The army of Chad attacked the RSF. Egypt condemned the military operation against the RSF.
- sudan attacks rapid-support-forces
- egypt accuses sudan
%%
Iran and Russia, which urged Israel to halt strikes, held talks in Moscow on Monday.
+ iran negotiates russia
+ iran appeals israel
%%
Saif al-Adel was named. Adel al-Jubeir met Adel Hassan. Adel accused Iran of backing the Houthis.
- saif-al-adel accuses iran
%%
The BLA, which Washington blacklisted in 2019, has stepped up its raids on Pakistani troops.
+ baloch-liberation-army attacks pakistan
- united-states attacks pakistan
%%
Hamas, which Egypt and Qatar have courted for years, said its fighters had attacked Israeli soldiers.
+ hamas attacks israel
- qatar attacks israel
%%
Kaja Kallas, who met Sergey Lavrov in Geneva last year, is expected to travel to Kyiv next week.
+ kaja-kallas visits kyiv planned
- sergey-lavrov visits kyiv
%%
Antony Blinken, who has pressed Benjamin Netanyahu to accept a truce, is expected to visit Cairo on Sunday.
+ antony-blinken visits cairo planned
- benjamin-netanyahu visits cairo
%%
The State Department urged Pakistan to host talks with the Taliban.
+ united-states appeals pakistan
%%
Hamas confirmed that Yahya Sinwar had been killed and accused Israel of war crimes.
+ hamas accuses israel
- yahya-sinwar accuses israel
%%
The ministry announced that Imran Khan was wounded and blamed the TTP for the attack.
- imran-khan accuses tehreek-e-taliban-pakistan
%%
The United States has blacklisted Hamas and is moving to designate the Houthis as well.
+ united-states sanctions houthis
- hamas sanctions houthis
%%
Qatar, which hosted Ismail Haniyeh for years, agreed to mediate between Israel and Hamas.
+ qatar mediates israel
- ismail-haniyeh mediates israel
%%
Russian missiles struck a fuel depot west of Kyiv overnight, Ukrainian officials said.
- russia attacks kyiv
%%
Pakistani jets struck hideouts in Paktika on Monday.
+ pakistan attacks paktika
%%
A day after Ishaq Dar arrived, gunmen attacked a checkpoint in Quetta.
- ishaq-dar attacks quetta
%%
Shortly after Muttaqi left Islamabad, Pakistani jets struck Paktika.
+ pakistan attacks paktika
- amir-khan-muttaqi attacks paktika
%%
Mali's military ruler, General Assimi Goita, accused Algeria of sheltering the rebels.
+ assimi-goita accuses algeria
- mali accuses algeria
%%
Kabul should hold talks with Islamabad before winter.
+ afghanistan negotiates pakistan requested
%%
Pakistan should have hosted talks with the Taliban years ago.
- pakistan negotiates afghanistan requested
%%
The RSF denied the charge. The paramilitary group accused Egypt of arming the army.
+ rapid-support-forces accuses egypt
%%
The Malian junta accused Algeria of shooting down a drone.
+ mali accuses algeria
%%
Pakistan accused Afghanistan of sheltering the TTP. Afghanistan denied it and accused Pakistan of air strikes. Pakistan closed the border. India and Iran watched the crisis closely. Trade suffered for months. China has urged both sides to keep talking.
+ china appeals pakistan
+ china appeals afghanistan
- china appeals india
%%
Pakistan held talks with the TTP in Kabul. The two sides met three times.
+ tehreek-e-taliban-pakistan meets pakistan
%%
The United States imposed sanctions on Rosneft and Lukoil on Wednesday.
+ united-states sanctions rosneft
+ united-states sanctions lukoil
%%
Fighters of Islamic State Sahel Province ambushed a Nigerien army convoy near Tillaberi.
+ islamic-state-sahel-province attacks niger
%%
Russian drones struck Kyiv's northern suburbs overnight.
+ russia attacks kyiv
- russia attacks ukraine
%%
Islamabad's decision to close the crossing angered Kabul.
- pakistan attacks afghanistan
%%
The TTP, which is distinct from but closely allied with the Afghan Taliban, has killed hundreds of Pakistani soldiers.
+ tehreek-e-taliban-pakistan attacks pakistan
- afghanistan attacks pakistan
%%
Units of the People's Defence Force, which the NUG arms, remain active in Sagaing.
+ people-s-defence-force based_in sagaing
- national-unity-government based_in sagaing
%%
Pakistani jets struck targets in Kabul and in Paktika province late on Thursday.
+ pakistan attacks kabul
+ pakistan attacks paktika
%%
The State Department added the TTP and its affiliate, Jamaat-ul-Ahrar, to its list of foreign terrorist organisations.
+ united-states sanctions tehreek-e-taliban-pakistan
+ united-states sanctions jamaat-ul-ahrar
%%
Pakistan asked the Security Council to list the BLA.
+ pakistan sanctions baloch-liberation-army requested
+ united-nations-security-council sanctions baloch-liberation-army requested
%%
Pakistan briefed the Security Council's sanctions committee on the BLA.
- united-nations-security-council sanctions baloch-liberation-army
%%
China has supplied weapons to Pakistan for decades.
+ china supports pakistan
%%
Iran sent drones to Russia last year, Western officials said.
+ iran supports russia
%%
Turkey trains Somali commandos at a base in Mogadishu.
+ turkey supports somalia
%%
Randhir Jaiswal said India had evidence that JeM operates freely from Pakistan and urged the Security Council to list Masood Azhar.
+ randhir-jaiswal sanctions masood-azhar requested
- jaish-e-mohammed sanctions masood-azhar
TXT
"$PY" - "$T" "$KGRAPH" <<'PYEOF' || fail "rule cases"
import json, subprocess, sys
t, kgraph = sys.argv[1], sys.argv[2]
import os
cases = open(t + "/cases", encoding="utf-8").read().split("%%\n")
bad = 0
# every case is a file of its own, all extracted by one run (a case's
# records are those of its file's articles)
os.mkdir(t + "/cases.d")
for n, case in enumerate(cases, 1):
    text = "\n".join(l for l in case.splitlines() if not l[:2] in ("+ ", "- "))
    path = "%s/cases.d/case%04d.txt" % (t, n)
    open(path, "w", encoding="utf-8").write("Ishaq Dar spoke to reporters in Islamabad.\n\n" + text + "\n")
out = subprocess.run([kgraph, "extract", t + "/cases.d"], capture_output=True, text=True, check=True).stdout
byfile = {}
for r in map(json.loads, out.splitlines()):
    if r["kind"] == "relation":
        byfile.setdefault(os.path.basename(r["doc"].split("#")[0]), []).append(r)
for n, case in enumerate(cases, 1):
    want = [l.split() for l in case.splitlines() if l[:2] in ("+ ", "- ")]
    rels = byfile.get("case%04d.txt" % n, [])
    got = {(r["source"], r["relation"], r["target"]) for r in rels}
    mods = {(r["source"], r["relation"], r["target"], r["modality"]) for r in rels}
    for sign, s, rel, tgt, *mod in want:
        found = (s, rel, tgt, mod[0]) in mods if mod else (s, rel, tgt) in got
        if (sign == "+") != found:
            print("case %d: %s %s %s %s %s; got %s" % (n, sign, s, rel, tgt, " ".join(mod), sorted(mods)))
            bad += 1
sys.exit(1 if bad else 0)
PYEOF
exit 0
