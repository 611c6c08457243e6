"""Writes the labelled matching evaluation set (events/*.json) for Kết Nối.

Fictional but realistic: companies of Vietnam and China trading coffee, fruit, seafood, spices, nuts,
rice, rubber, fertiliser and machinery, writing their listings in their own language (sometimes also
English) and declaring HS codes the way companies do: usually the subheading, sometimes only the
heading. Relevance comes from the *product* each listing is about (PRODUCTS below), never from the
HS codes the engine reads, so the labels do not repeat the engine's evidence. Decoys share words but
not the product (cà phê rang xay / máy pha cà phê, tôm tươi / tôm khô, 榴莲 / 榴莲糖) and are never
relevant. Run: python3 bench/matching/generate.py (deterministic).
"""
import json
import random
from pathlib import Path

# product -> (declared code variants, {lang: [titles]})
PRODUCTS = {
    "robusta": (["090111", "090111", "0901"], {
        "vi": ["Cà phê nhân Robusta sàng 18", "Cà phê Robusta xanh loại 1", "Cà phê nhân Robusta Đắk Lắk"],
        "zh": ["越南罗布斯塔咖啡生豆", "罗布斯塔生咖啡豆 S18", "越南罗布斯塔咖啡豆"],
        "en": ["Robusta green coffee beans, screen 18"]}),
    "arabica": (["090111"], {
        "vi": ["Cà phê Arabica nhân Cầu Đất", "Cà phê nhân Arabica Sơn La"],
        "zh": ["阿拉比卡咖啡生豆", "云南小粒咖啡生豆"],
        "en": ["Arabica green coffee beans"]}),
    "roasted": (["090121", "090121", "090122"], {
        "vi": ["Cà phê rang xay nguyên chất", "Cà phê rang xay Buôn Ma Thuột"],
        "zh": ["烘焙咖啡粉", "越南烘焙咖啡豆"],
        "en": ["Roasted ground coffee"]}),
    "coffee_machine": (["851671", "841981"], {
        "vi": ["Máy pha cà phê tự động", "Máy pha cà phê espresso"],
        "zh": ["全自动咖啡机", "意式咖啡机"],
        "en": ["Automatic coffee machine"]}),
    "instant": (["210111", "210112"], {
        "vi": ["Cà phê hòa tan 3 trong 1", "Cà phê hòa tan đóng gói"],
        "zh": ["三合一速溶咖啡", "速溶咖啡粉"],
        "en": ["3-in-1 instant coffee"]}),
    "durian": (["081060", "081060", "0810"], {
        "vi": ["Sầu riêng Ri6 tươi", "Sầu riêng Monthong tươi", "Sầu riêng tươi xuất khẩu chính ngạch"],
        "zh": ["新鲜榴莲", "越南金枕榴莲", "泰国金枕榴莲"],
        "en": ["Fresh durian"]}),
    "durian_frozen": (["081190"], {
        "vi": ["Sầu riêng cấp đông nguyên trái", "Múi sầu riêng đông lạnh"],
        "zh": ["冷冻榴莲肉", "冷冻整果榴莲"],
        "en": ["Frozen durian pulp"]}),
    "durian_candy": (["170490"], {
        "vi": ["Kẹo sầu riêng", "Bánh kẹo sầu riêng"],
        "zh": ["榴莲糖", "榴莲软糖"],
        "en": ["Durian candy"]}),
    "dragon_fruit": (["081090"], {
        "vi": ["Thanh long ruột đỏ", "Thanh long Bình Thuận"],
        "zh": ["红心火龙果", "越南火龙果"],
        "en": ["Red dragon fruit"]}),
    "passion_fruit": (["081090"], {
        "vi": ["Chanh leo tươi", "Chanh dây tím"],
        "zh": ["新鲜百香果", "紫色百香果"],
        "en": ["Fresh passion fruit"]}),
    "shrimp_frozen": (["030617", "030617", "0306"], {
        "vi": ["Tôm thẻ chân trắng đông lạnh", "Tôm thẻ bóc vỏ đông lạnh"],
        "zh": ["冷冻南美白对虾", "冷冻虾仁"],
        "en": ["Frozen whiteleg shrimp"]}),
    "shrimp_fresh": (["030636"], {
        "vi": ["Tôm sú tươi ướp đá", "Tôm tươi sống"],
        "zh": ["冰鲜草虾", "鲜活对虾"],
        "en": ["Chilled fresh tiger prawns"]}),
    "shrimp_dried": (["030695"], {
        "vi": ["Tôm khô Cà Mau", "Tôm khô loại 1"],
        "zh": ["虾干", "淡干虾仁"],
        "en": ["Dried shrimp"]}),
    "pangasius": (["030462"], {
        "vi": ["Cá tra phi lê đông lạnh"],
        "zh": ["冷冻巴沙鱼柳"],
        "en": ["Frozen pangasius fillets"]}),
    "pepper": (["090411", "090411", "0904"], {
        "vi": ["Hồ tiêu đen 500 g/l", "Tiêu đen Chư Sê"],
        "zh": ["黑胡椒", "越南黑胡椒粒"],
        "en": ["Black pepper 500 g/l"]}),
    "pepper_ground": (["090412"], {
        "vi": ["Tiêu xay", "Bột tiêu đen"],
        "zh": ["黑胡椒粉", "研磨黑胡椒"],
        "en": ["Ground black pepper"]}),
    "cashew": (["080132", "080132", "0801"], {
        "vi": ["Hạt điều nhân W320", "Nhân điều trắng W240"],
        "zh": ["腰果仁 W320", "越南腰果仁"],
        "en": ["Cashew kernels W320"]}),
    "cashew_raw": (["080131"], {
        "vi": ["Điều thô chưa bóc vỏ", "Hạt điều thô nhập khẩu"],
        "zh": ["带壳腰果", "生腰果（带壳）"],
        "en": ["Raw cashew nuts in shell"]}),
    "tea": (["090210", "090220"], {
        "vi": ["Chè Shan Tuyết", "Trà xanh Thái Nguyên"],
        "zh": ["雪山古树绿茶", "越南绿茶"],
        "en": ["Shan Tuyet green tea"]}),
    "rice": (["100630"], {
        "vi": ["Gạo ST25", "Gạo thơm Jasmine"],
        "zh": ["越南香米 ST25", "茉莉香米"],
        "en": ["ST25 fragrant rice"]}),
    "rubber": (["400122"], {
        "vi": ["Cao su SVR 10", "Cao su thiên nhiên SVR 3L"],
        "zh": ["天然橡胶 SVR10", "越南标准胶"],
        "en": ["Natural rubber SVR 10"]}),
    "fertiliser": (["310520"], {
        "vi": ["Phân bón NPK", "Phân bón hỗn hợp NPK 16-16-8"],
        "zh": ["复合肥 NPK", "氮磷钾复合肥"],
        "en": ["NPK compound fertiliser"]}),
    "packing_machine": (["842240"], {
        "vi": ["Máy đóng gói chân không", "Dây chuyền đóng gói tự động"],
        "zh": ["真空包装机", "全自动包装生产线"],
        "en": ["Vacuum packing machine"]}),
}
# What a need for one product is also glad to get, with the grade (3 = the product itself).
RELATED = {
    ("robusta", "arabica"): 1, ("arabica", "robusta"): 1,
    ("durian", "durian_frozen"): 1, ("durian_frozen", "durian"): 1,
    ("pepper", "pepper_ground"): 1, ("pepper_ground", "pepper"): 1,
    ("shrimp_frozen", "shrimp_fresh"): 1, ("shrimp_fresh", "shrimp_frozen"): 1,
}
# Investment and technology products: (kind, code variants, texts)
PROJECTS = {
    "coffee_plant": ("INVESTMENT", ["0901"], {
        "vi": ["Kêu gọi đầu tư nhà máy chế biến cà phê", "Hợp tác đầu tư chế biến cà phê rang"],
        "zh": ["投资越南咖啡加工厂", "寻找咖啡加工项目投资"],
        "en": ["Investment in a coffee processing plant"]}),
    "iqf_freezing": ("TECHNOLOGY", ["841869"], {
        "vi": ["Chuyển giao công nghệ cấp đông IQF", "Công nghệ cấp đông nhanh cho trái cây"],
        "zh": ["IQF速冻技术转让", "水果速冻技术合作"],
        "en": ["IQF freezing technology transfer"]}),
}

VN_PROVINCES = ["Đắk Lắk", "Lâm Đồng", "Gia Lai", "Cà Mau", "Đồng Nai", "Tiền Giang", "Lào Cai", "Sơn La"]
CN_CITIES = ["广州", "深圳", "南宁", "昆明", "杭州", "上海", "厦门", "东莞"]
VN_FORMS = ["Công ty TNHH {p} {w}", "Công ty CP {w} {p}", "HTX {w} {p}"]
CN_FORMS = ["{c}{w}贸易有限公司", "{c}{w}进出口有限公司", "{c}{w}食品有限公司"]
VN_WORDS = ["Hưng Thịnh", "Phú Quý", "Minh Long", "Thành Đạt", "An Phát", "Hoàng Gia", "Tân Tiến", "Đại Việt", "Sao Mai", "Bình An"]
CN_WORDS = ["鸿发", "金源", "嘉禾", "盛达", "华泰", "丰润", "永兴", "汇通", "瑞丰", "恒昌"]


def company(rng, country):
    if country == "VN":
        return rng.choice(VN_FORMS).format(p=rng.choice(VN_PROVINCES), w=rng.choice(VN_WORDS))
    return rng.choice(CN_FORMS).format(c=rng.choice(CN_CITIES), w=rng.choice(CN_WORDS))


def texts(rng, country, table, english_share):
    own = "vi" if country == "VN" else "zh"
    title = {own: rng.choice(table[own])}
    if rng.random() < english_share:
        title["en"] = table["en"][0]
    return title


def listing(rng, kind, product, country, certs=(), targets=(), english_share=0.2):
    codes, table = PRODUCTS[product]
    return {"kind": kind, "product": product, "hs": [rng.choice(codes)],
            "title": texts(rng, country, table, english_share),
            "certifications": list(certs), "targetCountries": list(targets)}


def project(rng, name, country):
    kind, codes, table = PROJECTS[name]
    return {"kind": kind, "product": name, "hs": [rng.choice(codes)],
            "title": texts(rng, country, table, 0.3), "certifications": [], "targetCountries": []}


def participant(rng, pid, country, role, listings, languages=None):
    own = "vi" if country == "VN" else "zh"
    langs = languages or ([own, "en"] if rng.random() < 0.3 else [own])
    return {"id": pid, "name": company(rng, country), "country": country, "role": role,
            "languages": langs, "sectors": [], "certifications": [],
            "exportMarkets": ["CN"] if country == "VN" else ["VN"],
            "employees": rng.choice(["UP_TO_50", "UP_TO_200", "UP_TO_1000"]), "listings": listings}


def event(rng, name, title, rules, sellers, buyers, extra=()):
    """sellers/buyers: lists of (country, [(product, certs)]); offers for sellers, needs for buyers."""
    parts = []
    pid = 1
    for role, specs, kind in (("SELLER", sellers, "OFFER"), ("BUYER", buyers, "NEED")):
        for country, products in specs:
            ls = [listing(rng, kind, p, country, certs, ["CN"] if kind == "OFFER" and country == "VN" else [])
                  for p, certs in products]
            parts.append(participant(rng, pid, country, role, ls))
            pid += 1
    for country, role, projects in extra:
        parts.append(participant(rng, pid, country, role, [project(rng, p, country) for p in projects]))
        pid += 1
    lid = 1
    for p in parts:
        for l in p["listings"]:
            l["id"] = lid
            lid += 1
    return {"name": name, "title": title, "rules": rules, "participants": parts,
            "relevant": labels(parts, rules)}


def allowed(a, b, rules):
    if rules.get("vietnamChinaOnly") and {a["country"], b["country"]} != {"VN", "CN"}:
        return False
    if rules.get("buyerSellerOnly") and {a["role"], b["role"]} != {"BUYER", "SELLER"}:
        return False
    return True


def grade(offer_or_a, need_or_b):
    a, b = offer_or_a["product"], need_or_b["product"]
    if a == b:
        return 3
    return RELATED.get((b, a), 0)


def labels(parts, rules):
    out = []
    for i, a in enumerate(parts):
        for b in parts[i + 1:]:
            if not allowed(a, b, rules):
                continue
            best = 0
            for la in a["listings"]:
                for lb in b["listings"]:
                    pair = {la["kind"], lb["kind"]}
                    if pair == {"OFFER", "NEED"} or (la["kind"] == lb["kind"] and la["kind"] in ("INVESTMENT", "TECHNOLOGY")):
                        best = max(best, grade(la, lb))
            if best > 0:
                langs_a = {k for l in a["listings"] for k in l["title"]}
                langs_b = {k for l in b["listings"] for k in l["title"]}
                out.append({"a": a["id"], "b": b["id"], "grade": best,
                            "crossLanguage": not (langs_a & langs_b)})
    return out


def main():
    rng = random.Random(20261123)
    out = Path(__file__).parent / "events"
    out.mkdir(exist_ok=True)
    vn, cn = "VN", "CN"
    coffee = event(rng, "daklak-guangdong", "Đắk Lắk – Quảng Đông: cà phê, hồ tiêu, sầu riêng",
        {"vietnamChinaOnly": True, "buyerSellerOnly": False},
        sellers=[(vn, [("robusta", ["VIETGAP"])]), (vn, [("robusta", ["RAINFOREST_ALLIANCE"]), ("roasted", [])]),
                 (vn, [("robusta", [])]), (vn, [("arabica", ["ORGANIC_VN"])]), (vn, [("roasted", ["HACCP"])]),
                 (vn, [("instant", ["HACCP", "GACC_REGISTRATION"])]), (vn, [("pepper", ["GACC_REGISTRATION"])]),
                 (vn, [("pepper", []), ("pepper_ground", [])]), (vn, [("durian", ["GACC_REGISTRATION", "PLANT_QUARANTINE_CODE"])]),
                 (vn, [("durian", ["PLANT_QUARANTINE_CODE"])]), (vn, [("durian_frozen", ["GACC_REGISTRATION"])]),
                 (vn, [("durian_candy", [])]), (vn, [("cashew", ["HACCP"])]), (vn, [("coffee_machine", [])]),
                 (cn, [("coffee_machine", [])]), (cn, [("packing_machine", [])]), (vn, [("dragon_fruit", [])]),
                 (vn, [("passion_fruit", [])])],
        buyers=[(cn, [("robusta", ["GACC_REGISTRATION"])]), (cn, [("robusta", [])]), (cn, [("arabica", [])]),
                (cn, [("roasted", [])]), (cn, [("instant", [])]), (cn, [("pepper", [])]), (cn, [("pepper_ground", [])]),
                (cn, [("durian", ["GACC_REGISTRATION"])]), (cn, [("durian", []), ("dragon_fruit", [])]),
                (cn, [("durian_candy", [])]), (cn, [("cashew", [])]), (vn, [("coffee_machine", [])]),
                (vn, [("packing_machine", [])]), (cn, [("passion_fruit", [])])],
        extra=[(cn, "INVESTOR", ["coffee_plant"]), (vn, "SELLER", ["coffee_plant"])])
    seafood = event(rng, "camau-guangxi", "Cà Mau – Quảng Tây: thủy sản và trái cây",
        {"vietnamChinaOnly": False, "buyerSellerOnly": True},
        sellers=[(vn, [("shrimp_frozen", ["HACCP", "GACC_REGISTRATION"])]), (vn, [("shrimp_frozen", ["HACCP"])]),
                 (vn, [("shrimp_fresh", [])]), (vn, [("shrimp_fresh", ["GACC_REGISTRATION"])]),
                 (vn, [("shrimp_dried", [])]), (vn, [("shrimp_dried", ["OCOP_4"])]), (vn, [("pangasius", ["HACCP"])]),
                 (vn, [("durian", ["GACC_REGISTRATION"])]), (vn, [("durian_frozen", [])]), (vn, [("durian_candy", [])]),
                 (vn, [("dragon_fruit", ["GLOBALGAP"])]), (vn, [("passion_fruit", [])]), (vn, [("rice", [])]),
                 (cn, [("fertiliser", [])]), (cn, [("packing_machine", [])])],
        buyers=[(cn, [("shrimp_frozen", ["GACC_REGISTRATION"])]), (cn, [("shrimp_frozen", [])]),
                (cn, [("shrimp_fresh", [])]), (cn, [("shrimp_dried", [])]), (cn, [("pangasius", [])]),
                (cn, [("durian", [])]), (cn, [("durian_frozen", [])]), (cn, [("durian_candy", [])]),
                (cn, [("dragon_fruit", [])]), (cn, [("rice", [])]), (vn, [("fertiliser", [])]),
                (vn, [("packing_machine", [])]), (vn, [("shrimp_dried", [])])])
    laocai = event(rng, "laocai-hybrid", "Lào Cai – Vân Nam – Chiết Giang: hội nghị kết hợp",
        {"vietnamChinaOnly": False, "buyerSellerOnly": False},
        sellers=[(vn, [("tea", ["ORGANIC_VN"])]), (vn, [("tea", [])]), (vn, [("rice", [])]), (vn, [("rubber", [])]),
                 (vn, [("rubber", [])]), (vn, [("cashew", [])]), (vn, [("cashew_raw", [])]), (vn, [("dragon_fruit", [])]),
                 (vn, [("arabica", [])]), (vn, [("instant", [])]), (cn, [("fertiliser", [])]), (cn, [("fertiliser", [])]),
                 (cn, [("packing_machine", [])]), (cn, [("coffee_machine", [])]), (cn, [("cashew_raw", [])])],
        buyers=[(cn, [("tea", [])]), (cn, [("rice", [])]), (cn, [("rubber", [])]), (cn, [("cashew", [])]),
                (vn, [("cashew_raw", [])]), (cn, [("dragon_fruit", [])]), (cn, [("arabica", [])]),
                (cn, [("instant", [])]), (vn, [("fertiliser", [])]), (vn, [("packing_machine", [])]),
                (vn, [("coffee_machine", [])]), (cn, [("roasted", [])])],
        extra=[(cn, "INVESTOR", ["coffee_plant"]), (vn, "SELLER", ["coffee_plant"]),
               (cn, "EXHIBITOR", ["iqf_freezing"]), (vn, "BUYER", ["iqf_freezing"])])
    for e in (coffee, seafood, laocai):
        (out / f"{e['name']}.json").write_text(json.dumps(e, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        cross = sum(1 for r in e["relevant"] if r["crossLanguage"])
        print(e["name"], len(e["participants"]), "participants,", len(e["relevant"]), "relevant pairs,", cross, "cross-language")


main()
