"""What the synthetic map of bench/generate.py is made of: its sources, the layer tree and 49 components of the
humanoid chain, firm roles, brand characters and industry words for firm names, districts and notes."""

from __future__ import annotations

SYNTHETIC_NOTE = "合成基准数据：由 bench/generate.py 生成，标题与数字仅供性能测试，非真实出处"

# ref, title, publisher, date, kind
SOURCES = [
    ("S1", "《深圳市具身智能机器人技术创新与产业发展行动计划（2025—2027年）》", "深圳市科学技术局", "2025-03-03",
     "policy"),
    ("S2", "《深圳市加快推进人工智能终端产业发展行动计划（2025—2026年）》", "深圳市工业和信息化局", "2025-03-10",
     "policy"),
    ("S3", "《深圳市打造人工智能先锋城市的若干措施》", "深圳市人民政府办公厅", "2025-02-20", "policy"),
    ("S4", "回望2024：深圳机器人产业集群加速成形", "深圳新闻网", "2025-01-16", "news"),
    ("S5", "深圳具身智能企业半年盘点", "南方都市报", "2025-08-05", "news"),
    ("S6", "2025年中国人形机器人产业链研究报告", "高工机器人产业研究所（GGII）", "2025-06", "analyst"),
    ("S7", "深圳机器人产业发展白皮书（2025）", "深圳市机器人协会", "2025-05-18", "analyst"),
    ("S8", "国家企业信用信息公示系统", "国家市场监督管理总局", None, "web"),
    ("S9", "通用知识（待核实）", None, None, "general_knowledge"),
    ("S10", "深圳人工智能产业2026年一季度运行情况", "第一财经", "2026-04-12", "news"),
]
# Which sources firms/capabilities cite (None = no source), with weights.
ROW_SOURCES = [None, 4, 5, 6, 7, 8, 9, 10]
ROW_SOURCE_WEIGHTS = [20, 15, 12, 10, 12, 18, 8, 5]

# key, parent key, name_zh, name_en, sort_order, description
LAYERS = [
    ("brain", None, "机器脑", "Machine brain", 1, "感知、决策与控制：大脑（大模型）与小脑（运动控制）"),
    ("cerebrum", "brain", "大脑", "Cerebrum", 2, "多模态与VLA大模型、芯片、数据与仿真"),
    ("cerebellum", "brain", "小脑", "Cerebellum", 3, "运动控制器、全身控制算法、实时系统"),
    ("limbs", None, "机器肢", "Machine limbs", 4, "关节模组、减速器、电机、丝杠、灵巧手、力传感器"),
    ("body", None, "机器体", "Machine body", 5, "传感、能源、结构与材料"),
]

IN, CO, BS, PL = "integrator", "component", "brain_software", "platform"
ROLES = (IN, CO, BS, PL)
ROLE_WEIGHTS = (5, 70, 15, 10)

# key, layer, parent, name_zh, name_en, model code, criticality, in_standard_bom, wanted, other layers,
# roles that make it, popularity weight, share of capabilities that are local
COMPONENTS = [
    ("ai_chip", "cerebrum", None, "AI芯片", "AI chip", "AIC", "high", 1, 2, (), (CO,), 1.5, 0.35),
    ("edge_inference", "cerebrum", "ai_chip", "端侧推理模组", "Edge inference module", "EIM", "medium", 0, 2, (),
     (CO,), 1.0, 0.8),
    ("vla_model", "cerebrum", None, "VLA大模型", "Vision-language-action model", "VLA", "high", 0, 3, (),
     (BS, IN), 3.0, 0.95),
    ("multimodal_model", "cerebrum", None, "多模态大模型", "Multimodal foundation model", "MMM", "medium", 0, 2, (),
     (BS, PL), 3.0, 0.9),
    ("world_model", "cerebrum", None, "世界模型", "World model", "WM", "high", 0, 2, (), (BS,), 0.0, 1.0),
    ("embodied_dataset", "cerebrum", None, "具身智能数据集", "Embodied-AI data sets", "DS", "medium", 0, 2, (),
     (PL, BS), 3.0, 0.95),
    ("sim_platform", "cerebrum", None, "仿真训练平台", "Simulation and training platform", "SIM", "medium", 0, 2, (),
     (PL, BS), 2.0, 0.9),
    ("motion_controller", "cerebellum", None, "运动控制器", "Motion controller", "MC", "high", 1, 3, ("limbs",),
     (CO, IN), 3.0, 0.9),
    ("wbc_algorithm", "cerebellum", None, "全身运动控制算法", "Whole-body control algorithm", "WBC", "high", 0, 2,
     (), (BS, IN), 3.0, 0.95),
    ("rtos", "cerebellum", None, "实时操作系统", "Real-time operating system", "RTOS", "medium", 0, 2, (), (BS,),
     1.0, 0.7),
    ("robot_os", "brain", None, "机器人操作系统", "Robot operating system", "ROS", "medium", 0, 2, (), (BS, PL),
     1.0, 0.9),
    ("main_soc", "brain", None, "主控SoC", "Main control SoC", "SOC", "high", 1, 2, (), (CO,), 0.7, 0.3),
    ("domain_controller", "brain", "main_soc", "域控制器", "Domain controller", "DCU", "medium", 0, 2, (), (CO,),
     1.0, 0.85),
    ("rotary_actuator", "limbs", None, "旋转关节模组", "Rotary joint actuator", "RJ", "high", 1, 3, (), (CO, IN),
     5.0, 0.95),
    ("harmonic_reducer", "limbs", "rotary_actuator", "谐波减速器", "Harmonic reducer", "HR", "high", 1, 3, (),
     (CO,), 5.0, 0.9),
    ("planetary_reducer", "limbs", "rotary_actuator", "行星减速器", "Planetary reducer", "PR", "medium", 0, 2, (),
     (CO,), 4.0, 0.95),
    ("rv_reducer", "limbs", "rotary_actuator", "RV减速器", "RV reducer", "RV", "medium", 0, 2, (), (CO,), 2.0, 0.8),
    ("frameless_motor", "limbs", "rotary_actuator", "无框力矩电机", "Frameless torque motor", "FTM", "high", 1, 3, (),
     (CO,), 4.0, 0.95),
    ("encoder", "limbs", "rotary_actuator", "编码器", "Encoder", "ENC", "medium", 1, 2, (), (CO,), 3.0, 0.8),
    ("crossed_bearing", "limbs", "rotary_actuator", "交叉滚子轴承", "Crossed roller bearing", "CRB", "medium", 0, 2,
     (), (CO,), 2.0, 0.6),
    ("joint_torque_sensor", "limbs", "rotary_actuator", "关节力矩传感器", "Joint torque sensor", "JTS", "medium", 0,
     2, (), (CO,), 2.0, 0.9),
    ("servo_drive", "limbs", None, "伺服驱动器", "Servo drive", "SD", "high", 1, 3, ("cerebellum",), (CO,), 4.0,
     0.95),
    ("linear_actuator", "limbs", None, "直线关节模组", "Linear joint actuator", "LJ", "high", 1, 3, (), (CO, IN),
     3.0, 0.95),
    ("roller_screw", "limbs", "linear_actuator", "行星滚柱丝杠", "Planetary roller screw", "PRS", "high", 1, 3, (),
     (CO,), 1.0, 0.6),
    ("ball_screw", "limbs", "linear_actuator", "滚珠丝杠", "Ball screw", "BS", "medium", 0, 2, (), (CO,), 2.0, 0.8),
    ("dexterous_hand", "limbs", None, "灵巧手", "Dexterous hand", "DH", "high", 1, 3, (), (CO, IN), 4.0, 0.95),
    ("coreless_motor", "limbs", "dexterous_hand", "空心杯电机", "Coreless motor", "CM", "high", 0, 2, (), (CO,), 2.0,
     0.85),
    ("micro_screw", "limbs", "dexterous_hand", "微型丝杠", "Micro lead screw", "MLS", "medium", 0, 2, (), (CO,), 1.0,
     0.7),
    ("tendon_drive", "limbs", "dexterous_hand", "腱绳驱动", "Tendon drive", "TD", "low", 0, 1, (), (CO,), 0.5, 1.0),
    ("fingertip_tactile", "limbs", "dexterous_hand", "指尖触觉传感器", "Fingertip tactile sensor", "FTS", "high", 0,
     2, ("body",), (CO,), 1.0, 0.9),
    ("six_axis_ft", "limbs", None, "六维力传感器", "Six-axis force/torque sensor", "6FT", "high", 1, 3, (), (CO,),
     2.0, 0.8),
    ("end_effector", "limbs", None, "末端执行器", "End effector", "EE", "low", 0, 2, (), (CO,), 2.0, 1.0),
    ("leg_structure", "limbs", None, "腿足结构件", "Leg and foot structures", "LEG", "low", 0, 2, (), (CO,), 1.0,
     1.0),
    ("depth_camera", "body", None, "深度相机", "Depth camera", "DCM", "medium", 1, 2, ("brain",), (CO,), 3.0, 0.9),
    ("lidar", "body", None, "激光雷达", "LiDAR", "LDR", "medium", 0, 2, ("brain",), (CO,), 2.0, 0.9),
    ("imu", "body", None, "惯性测量单元", "Inertial measurement unit", "IMU", "high", 1, 2, (), (CO,), 2.0, 0.8),
    ("microphone_array", "body", None, "麦克风阵列", "Microphone array", "MIC", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("e_skin", "body", None, "电子皮肤", "Electronic skin", "ESK", "medium", 0, 2, (), (CO,), 1.0, 0.9),
    ("battery_pack", "body", None, "电池包", "Battery pack", "BAT", "high", 1, 2, (), (CO,), 3.0, 0.95),
    ("bms", "body", "battery_pack", "电池管理系统", "Battery management system", "BMS", "medium", 0, 2, (), (CO,),
     2.0, 0.95),
    ("power_module", "body", None, "电源模块", "Power module", "PWR", "medium", 0, 2, (), (CO,), 2.0, 0.95),
    ("harness_connector", "body", None, "线束与连接器", "Wiring harness and connectors", "WHC", "low", 1, 2, (),
     (CO,), 3.0, 0.95),
    ("thermal_module", "body", None, "散热模组", "Thermal module", "TH", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("comms_module", "body", None, "通信模组", "Communication module", "COM", "low", 0, 2, (), (CO,), 2.0, 0.9),
    ("alloy_structure", "body", None, "轻量化合金结构件", "Lightweight alloy structures", "ALY", "medium", 0, 2, (),
     (CO,), 2.0, 0.95),
    ("carbon_fibre", "body", "alloy_structure", "碳纤维复合材料", "Carbon-fibre composites", "CF", "medium", 0, 2,
     (), (CO,), 1.0, 0.7),
    ("peek", "body", "alloy_structure", "PEEK工程塑料", "PEEK engineering plastics", "PEEK", "medium", 0, 2, (),
     (CO,), 0.5, 0.4),
    ("shell", "body", None, "仿生外壳", "Biomimetic shell", "SHL", "low", 0, 2, (), (CO,), 1.0, 1.0),
    ("wheeled_chassis", "body", None, "轮式底盘", "Wheeled chassis", "WCH", "medium", 0, 2, (), (CO, IN), 1.0, 1.0),
]

# --- firm names ------------------------------------------------------------------------------------------

# Common brand characters with their pinyin (for a plausible English name).
_BRAND = (
    "优you 必bi 选xuan 智zhi 元yuan 创chuang 达da 华hua 科ke 信xin 腾teng 汇hui 川chuan 卓zhuo 越yue 博bo "
    "睿rui 星xing 辰chen 鹏peng 程cheng 云yun 天tian 宇yu 恒heng 泰tai 瑞rui 安an 盛sheng 兴xing 嘉jia 锐rui "
    "新xin 远yuan 航hang 联lian 合he 众zhong 微wei 光guang 芯xin 驰chi 通tong 力li 强qiang 精jing 工gong "
    "铭ming 德de 鑫xin 昊hao 晟sheng 峰feng 海hai 拓tuo 普pu 思si 维wei 灵ling 动dong 乐le 聚ju 步bu 极ji "
    "致zhi 擎qing 领ling 途tu 迈mai 坤kun 乾qian 弘hong 毅yi 诚cheng 立li 方fang 和he 康kang 宏hong 伟wei "
    "凯kai 旭xu 东dong 南nan 中zhong 大da 明ming 亮liang 晶jing 数shu 象xiang 奥ao 比bi 蓝lan 青qing 松song "
    "禾he 金jin 铂bo 钛tai 锋feng 墨mo 影ying 声sheng 视shi 感gan 触chu 知zhi 行xing 跃yue 飞fei 翔xiang "
    "龙long 麒qi 麟lin 鸿hong 逸yi 帆fan 启qi 源yuan 湾wan 尚shang 品pin 慧hui 捷jie 速su 迅xun 朗lang "
    "易yi 佳jia 美mei 赛sai 斯si 特te 艾ai 米mi 克ke 欧ou 诺nuo 威wei 尔er 格ge 莱lai 帕pa 卡ka 索suo "
    "亚ya 伦lun"
).split()
BRAND_CHARS = [(w[0], w[1:]) for w in _BRAND]

# Industry words by role: (Chinese, English).
INDUSTRY = {
    IN: [("机器人", "Robotics"), ("机器人科技", "Robotics Technology"), ("智能科技", "Intelligent Technology"),
         ("智能", "Intelligent"), ("科技", "Technology"), ("机器人技术", "Robot Technology")],
    CO: [("传动", "Transmission"), ("精密", "Precision"), ("感知", "Sensing"), ("精密传动", "Precision Transmission"),
         ("电机", "Motor"), ("传感", "Sensor"), ("驱动", "Drive"), ("电子", "Electronics"), ("科技", "Technology"),
         ("智能装备", "Intelligent Equipment"), ("自动化", "Automation"), ("新材料", "New Materials")],
    BS: [("智能", "Intelligent"), ("人工智能", "Artificial Intelligence"), ("智能科技", "Intelligent Technology"),
         ("科技", "Technology"), ("软件", "Software"), ("信息技术", "Information Technology")],
    PL: [("科技", "Technology"), ("数据", "Data"), ("信息技术", "Information Technology"), ("智能", "Intelligent"),
         ("云计算", "Cloud Computing"), ("检测技术", "Testing Technology")],
}

# district, administrative division code, weight
DISTRICTS = [
    ("南山区", "440305", 28), ("宝安区", "440306", 18), ("龙岗区", "440307", 15), ("龙华区", "440309", 10),
    ("福田区", "440304", 8), ("光明区", "440311", 6), ("坪山区", "440310", 5), ("罗湖区", "440303", 4),
    ("盐田区", "440308", 2), ("大鹏新区", "440300", 2), (None, "440300", 2),
]

DISTRICT_EN = {
    "南山区": "Nanshan", "宝安区": "Bao'an", "龙岗区": "Longgang", "龙华区": "Longhua", "福田区": "Futian",
    "光明区": "Guangming", "坪山区": "Pingshan", "罗湖区": "Luohu", "盐田区": "Yantian", "大鹏新区": "Dapeng",
}

FIRM_NOTES = [
    "估值为最近一轮融资后估值", "营收为公司公告口径", "员工数来自招聘平台，待核实", "已迁入深圳总部",
    "2025年完成股份制改造", "入选深圳市专精特新中小企业", "国家级高新技术企业", "集群加入年份按首次参展估计",
]
