"""The synthetic map's innovation centres, labs, platforms and parks (about one per 200 firms) and the layers
and components each one serves."""

from __future__ import annotations

from generate_values import Picker
from generate_vocabulary import COMPONENTS, DISTRICT_EN, DISTRICTS, LAYERS


def centres(gen) -> None:
    rng = gen.rng
    topics = [("具身智能", "Embodied AI"), ("人形机器人", "Humanoid robot"), ("机器人关节", "Robot joint"),
              ("灵巧手", "Dexterous hand"), ("智能传感", "Smart sensing"), ("具身大模型", "Embodied model"),
              ("精密传动", "Precision transmission"), ("伺服驱动", "Servo drive"), ("机器视觉", "Machine vision"),
              ("人工智能", "Artificial intelligence"), ("智能机器人", "Intelligent robot"),
              ("机器人核心零部件", "Robot core components"), ("具身智能数据", "Embodied data"),
              ("仿真训练", "Simulation training"), ("力控技术", "Force control"), ("电子皮肤", "Electronic skin"),
              ("机器人安全", "Robot safety"), ("智能制造", "Smart manufacturing")]
    types = {
        "innovation_centre": ([("创新中心", "Innovation Centre"), ("技术创新中心", "Technology Innovation Centre"),
                               ("制造业创新中心", "Manufacturing Innovation Centre")], 12),
        "lab": ([("重点实验室", "Key Laboratory"), ("联合实验室", "Joint Laboratory"),
                 ("工程实验室", "Engineering Laboratory")], 20),
        "institute": ([("研究院", "Research Institute"), ("新型研发机构", "R&D Institute")], 10),
        "platform": ([("公共技术服务平台", "Public Technology Service Platform"),
                      ("检验检测中心", "Testing Centre"), ("中试平台", "Pilot Platform")], 20),
        "incubator": ([("孵化器", "Incubator"), ("加速器", "Accelerator"), ("众创空间", "Maker Space")], 15),
        "compute": ([("智算中心", "Intelligent Computing Centre"), ("算力中心", "Computing Centre")], 5),
        "data_exchange": ([("数据采集训练场", "Data Collection and Training Ground"),
                           ("数据集共享平台", "Data-set Sharing Platform")], 5),
        "cluster_area": ([("产业集聚区", "Industrial Cluster Area")], 5),
        "park": ([("产业园", "Industrial Park"), ("产业基地", "Industrial Base")], 8),
    }
    type_pick = Picker(list(types), [w for _, w in types.values()])
    level_pick = Picker(("national", "provincial", "municipal", "district", None), (5, 20, 40, 30, 5))
    status_pick = Picker(("operating", "building", "planned", None), (60, 22, 13, 5))
    district_pick = Picker([d for d, _c, _w in DISTRICTS if d], [w for d, _c, w in DISTRICTS if d])
    universities = ["深圳大学", "南方科技大学", "哈尔滨工业大学（深圳）", "清华大学深圳国际研究生院",
                    "北京大学深圳研究生院", "香港中文大学（深圳）", "中国科学院深圳先进技术研究院", "鹏城实验室",
                    "深圳技术大学", "深圳职业技术大学"]
    hosts = universities + gen.host_names[:200]
    n_layers, n_comps = len(LAYERS), len(COMPONENTS)
    centre_rows, serve_rows, names = [], [], set()
    for cid in range(1, max(5, gen.n // 200) + 1):
        ctype = type_pick(rng)
        level = level_pick(rng)
        district = district_pick(rng)
        prefix = {"national": "国家", "provincial": "广东省", "municipal": "深圳市", "district": district}.get(
            level, "")
        prefix_en = {"national": "National", "provincial": "Guangdong", "municipal": "Shenzhen",
                     "district": DISTRICT_EN.get(district, "")}.get(level, "")
        topic, topic_en = rng.choice(topics)
        word, word_en = rng.choice(types[ctype][0])
        name = f"{prefix}{topic}{word}"
        host = rng.choice(hosts) if rng.random() < 0.7 else None
        if name in names:
            name = f"{prefix}{topic}{word}（{(host or district).split('（')[0]}）"
        k = 2
        while name in names:
            name = f"{prefix}{topic}{word}（第{k}{'分中心' if ctype != 'park' else '园区'}）"
            k += 1
        names.add(name)
        parent = rng.randrange(1, cid) if cid > 10 and rng.random() < 0.12 else None
        status = status_pick(rng)
        status_date = f"{rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}" if status else None
        centre_rows.append((cid, name, f"{prefix_en} {topic_en.title()} {word_en}".strip(), None, ctype, level, host,
                            district, parent, status, status_date, 1 if rng.random() < 0.1 else 0,
                            rng.choice((1, 2, 3, 4, 5, 7)), None))
        served: set = set()
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.3:
                item = (None, rng.randint(1, n_layers))
            else:
                item = (rng.randint(1, n_comps), None)
            if item not in served:
                served.add(item)
                serve_rows.append((cid, item[1], item[0]))
    gen.add("centres", "id, name_zh, name_en, aliases, type, level, host, district, parent_id, status, "
             "status_date, needs_check, source_id, notes", centre_rows)
    gen.add("centre_serves", "centre_id, layer_id, component_id", serve_rows)
