"""Country and organisation names in Japanese and English, as releases write them.

One line a country: Japanese forms, then ``|``, then English forms, each list
comma-separated, formal names first. The one-character abbreviations (米, 英,
独) are listed so that 「ブッシュ米大統領」 splits into name, country and title;
they are only ever matched directly before a title. Former names that older
releases write (スワジランド, グルジア) follow the current ones.
"""

from __future__ import annotations

from typing import Final

__all__ = ["COUNTRIES_EN", "COUNTRIES_JA", "JA_ABBREVIATIONS", "Country"]

_TABLE: Final = """
アイスランド共和国,アイスランド|Republic of Iceland,Iceland
アイルランド|Ireland
アゼルバイジャン共和国,アゼルバイジャン|Republic of Azerbaijan,Azerbaijan
アフガニスタン・イスラム共和国,アフガニスタン|Islamic Republic of Afghanistan,Afghanistan
アメリカ合衆国,米国,米,アメリカ|United States of America,United States,U.S.,US,USA
アラブ首長国連邦,UAE|United Arab Emirates,UAE
アルジェリア民主人民共和国,アルジェリア|People's Democratic Republic of Algeria,Algeria
アルゼンチン共和国,アルゼンチン,亜|Argentine Republic,Argentina
アルバニア共和国,アルバニア|Republic of Albania,Albania
アルメニア共和国,アルメニア|Republic of Armenia,Armenia
アンゴラ共和国,アンゴラ|Republic of Angola,Angola
アンティグア・バーブーダ|Antigua and Barbuda
アンドラ公国,アンドラ|Principality of Andorra,Andorra
イエメン共和国,イエメン|Republic of Yemen,Yemen
イスラエル国,イスラエル|State of Israel,Israel
イタリア共和国,イタリア,伊|Italian Republic,Italy
イラク共和国,イラク|Republic of Iraq,Iraq
イラン・イスラム共和国,イラン|Islamic Republic of Iran,Iran
インド共和国,インド,印|Republic of India,India
インドネシア共和国,インドネシア|Republic of Indonesia,Indonesia
ウガンダ共和国,ウガンダ|Republic of Uganda,Uganda
ウクライナ|Ukraine
ウズベキスタン共和国,ウズベキスタン|Republic of Uzbekistan,Uzbekistan
ウルグアイ東方共和国,ウルグアイ|Oriental Republic of Uruguay,Uruguay
英国,イギリス,英|United Kingdom of Great Britain and Northern Ireland,United Kingdom,U.K.,UK,Britain
エクアドル共和国,エクアドル|Republic of Ecuador,Ecuador
エジプト・アラブ共和国,エジプト|Arab Republic of Egypt,Egypt
エストニア共和国,エストニア|Republic of Estonia,Estonia
エスワティニ王国,エスワティニ,スワジランド王国,スワジランド|Kingdom of Eswatini,Eswatini
エチオピア連邦民主共和国,エチオピア|Federal Democratic Republic of Ethiopia,Ethiopia
エリトリア国,エリトリア|State of Eritrea,Eritrea
エルサルバドル共和国,エルサルバドル|Republic of El Salvador,El Salvador
オーストラリア連邦,オーストラリア,豪州,豪|Commonwealth of Australia,Australia
オーストリア共和国,オーストリア,墺|Republic of Austria,Austria
オマーン国,オマーン|Sultanate of Oman,Oman
オランダ王国,オランダ,蘭|Kingdom of the Netherlands,Netherlands
ガーナ共和国,ガーナ|Republic of Ghana,Ghana
カーボベルデ共和国,カーボベルデ|Republic of Cabo Verde,Cabo Verde
ガイアナ共和国,ガイアナ|Co-operative Republic of Guyana,Guyana
カザフスタン共和国,カザフスタン|Republic of Kazakhstan,Kazakhstan
カタール国,カタール|State of Qatar,Qatar
カナダ,加|Canada
ガボン共和国,ガボン|Gabonese Republic,Gabon
カメルーン共和国,カメルーン|Republic of Cameroon,Cameroon
ガンビア共和国,ガンビア|Republic of The Gambia,Gambia
カンボジア王国,カンボジア|Kingdom of Cambodia,Cambodia
北マケドニア共和国,北マケドニア,マケドニア旧ユーゴスラビア共和国,マケドニア|Republic of North Macedonia,North Macedonia,Macedonia
ギニア共和国,ギニア|Republic of Guinea,Guinea
ギニアビサウ共和国,ギニアビサウ|Republic of Guinea-Bissau,Guinea-Bissau
キプロス共和国,キプロス|Republic of Cyprus,Cyprus
キューバ共和国,キューバ|Republic of Cuba,Cuba
ギリシャ共和国,ギリシャ|Hellenic Republic,Greece
キリバス共和国,キリバス|Republic of Kiribati,Kiribati
キルギス共和国,キルギス|Kyrgyz Republic,Kyrgyzstan
グアテマラ共和国,グアテマラ|Republic of Guatemala,Guatemala
クウェート国,クウェート|State of Kuwait,Kuwait
クック諸島|Cook Islands
グレナダ|Grenada
クロアチア共和国,クロアチア|Republic of Croatia,Croatia
ケニア共和国,ケニア|Republic of Kenya,Kenya
コートジボワール共和国,コートジボワール|Republic of Cote d'Ivoire,Cote d'Ivoire
コスタリカ共和国,コスタリカ|Republic of Costa Rica,Costa Rica
コソボ共和国,コソボ|Republic of Kosovo,Kosovo
コモロ連合,コモロ|Union of the Comoros,Comoros
コロンビア共和国,コロンビア|Republic of Colombia,Colombia
コンゴ共和国|Republic of the Congo
コンゴ民主共和国|Democratic Republic of the Congo
サウジアラビア王国,サウジアラビア,サウジ|Kingdom of Saudi Arabia,Saudi Arabia
サモア独立国,サモア|Independent State of Samoa,Samoa
サントメ・プリンシペ民主共和国,サントメ・プリンシペ|Democratic Republic of Sao Tome and Principe,Sao Tome and Principe
ザンビア共和国,ザンビア|Republic of Zambia,Zambia
サンマリノ共和国,サンマリノ|Republic of San Marino,San Marino
シエラレオネ共和国,シエラレオネ|Republic of Sierra Leone,Sierra Leone
ジブチ共和国,ジブチ|Republic of Djibouti,Djibouti
ジャマイカ|Jamaica
ジョージア,グルジア|Georgia
シリア・アラブ共和国,シリア|Syrian Arab Republic,Syria
シンガポール共和国,シンガポール|Republic of Singapore,Singapore
ジンバブエ共和国,ジンバブエ|Republic of Zimbabwe,Zimbabwe
スイス連邦,スイス|Swiss Confederation,Switzerland
スウェーデン王国,スウェーデン|Kingdom of Sweden,Sweden
スーダン共和国,スーダン|Republic of the Sudan,Sudan
スペイン王国,スペイン|Kingdom of Spain,Spain
スリナム共和国,スリナム|Republic of Suriname,Suriname
スリランカ民主社会主義共和国,スリランカ|Democratic Socialist Republic of Sri Lanka,Sri Lanka
スロバキア共和国,スロバキア|Slovak Republic,Slovakia
スロベニア共和国,スロベニア|Republic of Slovenia,Slovenia
セーシェル共和国,セーシェル|Republic of Seychelles,Seychelles
赤道ギニア共和国,赤道ギニア|Republic of Equatorial Guinea,Equatorial Guinea
セネガル共和国,セネガル|Republic of Senegal,Senegal
セルビア共和国,セルビア|Republic of Serbia,Serbia
セントクリストファー・ネービス|Saint Christopher and Nevis
セントビンセント及びグレナディーン諸島|Saint Vincent and the Grenadines
セントルシア|Saint Lucia
ソマリア連邦共和国,ソマリア|Federal Republic of Somalia,Somalia
ソロモン諸島|Solomon Islands
タイ王国,タイ|Kingdom of Thailand,Thailand
大韓民国,韓国|Republic of Korea,ROK,South Korea,Korea
タジキスタン共和国,タジキスタン|Republic of Tajikistan,Tajikistan
タンザニア連合共和国,タンザニア|United Republic of Tanzania,Tanzania
チェコ共和国,チェコ|Czech Republic,Czechia
チャド共和国,チャド|Republic of Chad,Chad
中央アフリカ共和国|Central African Republic
中華人民共和国,中国|People's Republic of China,China
チュニジア共和国,チュニジア|Republic of Tunisia,Tunisia
朝鮮民主主義人民共和国,北朝鮮|Democratic People's Republic of Korea,DPRK,North Korea
チリ共和国,チリ|Republic of Chile,Chile
ツバル|Tuvalu
デンマーク王国,デンマーク|Kingdom of Denmark,Denmark
ドイツ連邦共和国,ドイツ,独|Federal Republic of Germany,Germany
トーゴ共和国,トーゴ|Togolese Republic,Togo
ドミニカ共和国|Dominican Republic
ドミニカ国|Commonwealth of Dominica,Dominica
トリニダード・トバゴ共和国,トリニダード・トバゴ|Republic of Trinidad and Tobago,Trinidad and Tobago
トルクメニスタン|Turkmenistan
トルコ共和国,トルコ,トルキエ共和国,トルキエ|Republic of Turkey,Republic of Turkiye,Turkey,Turkiye
トンガ王国,トンガ|Kingdom of Tonga,Tonga
ナイジェリア連邦共和国,ナイジェリア|Federal Republic of Nigeria,Nigeria
ナウル共和国,ナウル|Republic of Nauru,Nauru
ナミビア共和国,ナミビア|Republic of Namibia,Namibia
ニウエ|Niue
ニカラグア共和国,ニカラグア|Republic of Nicaragua,Nicaragua
ニジェール共和国,ニジェール|Republic of Niger,Niger
ニュージーランド,NZ|New Zealand
ネパール連邦民主共和国,ネパール|Federal Democratic Republic of Nepal,Nepal
ノルウェー王国,ノルウェー|Kingdom of Norway,Norway
バーレーン王国,バーレーン|Kingdom of Bahrain,Bahrain
ハイチ共和国,ハイチ|Republic of Haiti,Haiti
パキスタン・イスラム共和国,パキスタン|Islamic Republic of Pakistan,Pakistan
バチカン|Holy See,Vatican
パナマ共和国,パナマ|Republic of Panama,Panama
バヌアツ共和国,バヌアツ|Republic of Vanuatu,Vanuatu
バハマ国,バハマ|Commonwealth of The Bahamas,Bahamas
パプアニューギニア独立国,パプアニューギニア|Independent State of Papua New Guinea,Papua New Guinea
パラオ共和国,パラオ|Republic of Palau,Palau
パラグアイ共和国,パラグアイ|Republic of Paraguay,Paraguay
バルバドス|Barbados
パレスチナ|Palestine
ハンガリー|Hungary
バングラデシュ人民共和国,バングラデシュ|People's Republic of Bangladesh,Bangladesh
東ティモール民主共和国,東ティモール|Democratic Republic of Timor-Leste,Timor-Leste
フィジー共和国,フィジー|Republic of Fiji,Fiji
フィリピン共和国,フィリピン,比|Republic of the Philippines,Philippines
フィンランド共和国,フィンランド|Republic of Finland,Finland
ブータン王国,ブータン|Kingdom of Bhutan,Bhutan
ブラジル連邦共和国,ブラジル,伯|Federative Republic of Brazil,Brazil
フランス共和国,フランス,仏|French Republic,France
ブルガリア共和国,ブルガリア|Republic of Bulgaria,Bulgaria
ブルキナファソ|Burkina Faso
ブルネイ・ダルサラーム国,ブルネイ|Brunei Darussalam,Brunei
ブルンジ共和国,ブルンジ|Republic of Burundi,Burundi
ベトナム社会主義共和国,ベトナム,越|Socialist Republic of Viet Nam,Viet Nam,Vietnam
ベナン共和国,ベナン|Republic of Benin,Benin
ベネズエラ・ボリバル共和国,ベネズエラ|Bolivarian Republic of Venezuela,Venezuela
ベラルーシ共和国,ベラルーシ|Republic of Belarus,Belarus
ベリーズ|Belize
ペルー共和国,ペルー|Republic of Peru,Peru
ベルギー王国,ベルギー|Kingdom of Belgium,Belgium
ポーランド共和国,ポーランド|Republic of Poland,Poland
ボスニア・ヘルツェゴビナ|Bosnia and Herzegovina
ボツワナ共和国,ボツワナ|Republic of Botswana,Botswana
ボリビア多民族国,ボリビア|Plurinational State of Bolivia,Bolivia
ポルトガル共和国,ポルトガル|Portuguese Republic,Portugal
ホンジュラス共和国,ホンジュラス|Republic of Honduras,Honduras
マーシャル諸島共和国,マーシャル諸島,マーシャル|Republic of the Marshall Islands,Marshall Islands
マダガスカル共和国,マダガスカル|Republic of Madagascar,Madagascar
マラウイ共和国,マラウイ|Republic of Malawi,Malawi
マリ共和国,マリ|Republic of Mali,Mali
マルタ共和国,マルタ|Republic of Malta,Malta
マレーシア|Malaysia
ミクロネシア連邦,ミクロネシア|Federated States of Micronesia,Micronesia
南アフリカ共和国,南アフリカ,南ア|Republic of South Africa,South Africa
南スーダン共和国,南スーダン|Republic of South Sudan,South Sudan
ミャンマー連邦共和国,ミャンマー,ミャンマー連邦|Republic of the Union of Myanmar,Myanmar
メキシコ合衆国,メキシコ,墨|United Mexican States,Mexico
モーリシャス共和国,モーリシャス|Republic of Mauritius,Mauritius
モーリタニア・イスラム共和国,モーリタニア|Islamic Republic of Mauritania,Mauritania
モザンビーク共和国,モザンビーク|Republic of Mozambique,Mozambique
モナコ公国,モナコ|Principality of Monaco,Monaco
モルディブ共和国,モルディブ|Republic of Maldives,Maldives
モルドバ共和国,モルドバ|Republic of Moldova,Moldova
モロッコ王国,モロッコ|Kingdom of Morocco,Morocco
モンゴル国,モンゴル|Mongolia
モンテネグロ|Montenegro
ヨルダン・ハシェミット王国,ヨルダン|Hashemite Kingdom of Jordan,Jordan
ラオス人民民主共和国,ラオス|Lao People's Democratic Republic,Laos,Lao PDR
ラトビア共和国,ラトビア|Republic of Latvia,Latvia
リトアニア共和国,リトアニア|Republic of Lithuania,Lithuania
リビア|Libya
リヒテンシュタイン公国,リヒテンシュタイン|Principality of Liechtenstein,Liechtenstein
リベリア共和国,リベリア|Republic of Liberia,Liberia
ルーマニア|Romania
ルクセンブルク大公国,ルクセンブルク|Grand Duchy of Luxembourg,Luxembourg
ルワンダ共和国,ルワンダ|Republic of Rwanda,Rwanda
レソト王国,レソト|Kingdom of Lesotho,Lesotho
レバノン共和国,レバノン|Lebanese Republic,Lebanon
ロシア連邦,ロシア,露|Russian Federation,Russia
台湾|Taiwan
欧州連合,EU|European Union,EU
東南アジア諸国連合,ASEAN|Association of Southeast Asian Nations,ASEAN
国際連合,国連|United Nations,UN
北大西洋条約機構,NATO|North Atlantic Treaty Organization,NATO
アフリカ連合,AU|African Union,AU
"""

# Abbreviations that also occur inside ordinary words (米 in 米国, 中 in 中央):
# matched only directly before a title.
JA_ABBREVIATIONS: Final = frozenset(
    {"米", "英", "独", "仏", "露", "豪", "加", "印", "伊", "蘭", "墨", "伯", "比", "越", "亜", "墺", "南ア"}
)


class Country:
    """One country: its Japanese and English forms, formal name first."""

    __slots__ = ("en", "ja")

    def __init__(self, ja: tuple[str, ...], en: tuple[str, ...]) -> None:
        self.ja = ja
        self.en = en


def _load() -> tuple[dict[str, Country], dict[str, Country]]:
    ja: dict[str, Country] = {}
    en: dict[str, Country] = {}
    for line in _TABLE.strip().splitlines():
        left, _, right = line.partition("|")
        country = Country(tuple(left.split(",")), tuple(right.split(",")))
        for name in country.ja:
            ja.setdefault(name, country)
        for name in country.en:
            en.setdefault(name, country)
    return ja, en


COUNTRIES_JA, COUNTRIES_EN = _load()
