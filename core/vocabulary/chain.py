"""Words planners use for the parts of the chain, for matching the values of a list's chain columns
(产业链环节, 上中下游, 细分领域, 主要产品 …) to the map's layers and components.

Components and layers are data (users may add them), so these words are keyed by the Chinese name (or the
layer key) they stand for and are used only when the map has such a component or layer. Compared after
folding (core.vocabulary.terms.fold): full-width, traditional characters, case, spaces and punctuation do not
matter.
"""

from __future__ import annotations

# Component (its name_zh in the default dataset) -> other names for it.
COMPONENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "AI芯片": ("人工智能芯片", "AI处理器", "智能芯片", "AI加速芯片"),
    "智算芯片": ("算力芯片", "GPU", "训练芯片", "云端芯片"),
    "端侧和推理芯片": ("推理芯片", "端侧芯片", "NPU", "边缘计算芯片", "端侧AI芯片", "AI加速器"),
    "主控SoC / AI计算平台": ("主控芯片", "SoC", "主控SoC", "AI计算平台", "计算平台", "机器人控制器芯片", "域控制器"),
    "具身智能多模态“大脑”（具身大模型）": ("具身大模型", "多模态大模型", "机器人大模型", "具身智能大模型", "大模型"),
    "VLA（视觉语言动作）大模型": ("VLA", "VLA大模型", "视觉语言动作模型"),
    "感知模型": ("视觉感知算法", "感知算法"),
    "规划模型": ("规划算法", "决策规划"),
    "运动控制“小脑”": ("运动控制", "运动控制算法", "小脑", "运控"),
    "实时运动控制器（EtherCAT/CAN-FD）": ("运动控制器", "实时控制器", "控制器"),
    "具身智能仿真与数据平台": ("仿真平台", "数据平台", "具身数据", "数据采集", "仿真软件"),
    "高功率密度伺服驱动器": ("伺服驱动器", "伺服驱动", "驱动器", "伺服系统"),
    "仿人机械臂": ("机械臂", "人形机械臂", "协作机械臂"),
    "灵巧手（灵巧手总成）": ("灵巧手", "机器人灵巧手", "仿生手", "多指灵巧手"),
    "空心杯电机": ("空心杯", "无铁芯电机", "空心杯马达"),
    "微型丝杠": ("微型滚珠丝杠", "微丝杠"),
    "关节模组": ("关节", "一体化关节", "关节执行器", "执行器模组", "机器人关节"),
    "行星滚柱丝杠": ("滚柱丝杠", "反向式行星滚柱丝杠"),
    "无框力矩电机": ("力矩电机", "无框电机", "无框电机"),
    "编码器": ("光电编码器", "磁编码器", "绝对值编码器"),
    "轴承（交叉滚子/角接触/四点接触）": ("轴承", "交叉滚子轴承", "精密轴承"),
    "六维力/力矩传感器": ("六维力传感器", "六维力", "力觉传感器", "力传感器", "力/力矩传感器", "六轴力传感器",
                     "多维力传感器"),
    "关节力矩传感器": ("扭矩传感器", "关节扭矩传感器"),
    "触觉传感器 / 电子皮肤": ("触觉传感器", "电子皮肤", "触觉"),
    "惯性测量单元（IMU）": ("IMU", "IMU传感器", "惯性传感器", "惯导", "惯性导航"),
    "深度/3D相机": ("深度相机", "3D相机", "深度摄像头", "3D摄像头", "3D视觉", "RGB-D相机", "结构光相机", "ToF相机",
                "3D视觉传感器", "双目相机"),
    "激光雷达": ("LiDAR", "激光雷达传感器"),
    "麦克风阵列": ("麦克风", "声学传感器"),
    "电池（电池包）": ("电池", "电池包", "动力电池", "锂电池", "电芯", "储能电池"),
    "电池管理系统（BMS）/电源管理": ("BMS", "电池管理系统", "电源管理", "电源管理芯片"),
    "轻量化骨骼": ("骨骼", "碳纤维骨骼"),
    "高强度本体结构": ("结构件", "本体结构", "机身结构件"),
    "外壳": ("机器人外壳",),
    "线束": ("连接器", "线缆"),
    "热管理": ("散热", "散热模组"),
}

# A word that names several components: the planner chooses (伺服电机 is a servo drive or a torque motor).
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "伺服电机": ("高功率密度伺服驱动器", "无框力矩电机"),
    "电机": ("无框力矩电机", "空心杯电机", "高功率密度伺服驱动器"),
    "芯片": ("AI芯片", "智算芯片", "端侧和推理芯片", "主控SoC / AI计算平台"),
    "传感器": ("六维力/力矩传感器", "关节力矩传感器", "触觉传感器 / 电子皮肤", "惯性测量单元（IMU）", "深度/3D相机",
            "激光雷达"),
    "丝杠": ("行星滚柱丝杠", "微型丝杠"),
    "执行器": ("旋转执行器", "线性执行器"),
    "视觉": ("深度/3D相机", "感知模型"),
}

# Layer (its key) -> other names for it.
LAYER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "brain": ("大脑系统", "机器人大脑", "脑", "智能层", "大脑和小脑", "AI芯片与算法", "芯片与算法", "软件与算法"),
    "cerebrum": ("多模态大脑", "认知"),
    "cerebellum": ("运动控制系统", "小脑系统"),
    "limbs": ("肢体", "执行系统", "运动执行", "执行层", "驱动系统", "机器肢体", "四肢"),
    "body": ("本体", "机体", "感知系统", "本体结构与感知", "传感系统", "躯体"),
}

# Chain positions: the role a firm at that position plays (None: not a role of ours).
POSITIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "upstream": ("component", ("上游", "产业链上游", "上游零部件", "上游核心零部件", "核心零部件", "零部件")),
    "midstream": ("integrator", ("中游", "产业链中游", "中游本体", "本体制造", "整机", "中游整机")),
    "downstream": (None, ("下游", "产业链下游", "下游应用", "应用", "应用场景", "系统集成")),
}

# Words around a chain value that say what kind of work it is, not which part: taken off before matching
# (电池制造 -> 电池, 芯片设计 -> 芯片). Longest first.
WORK_WORDS = ("解决方案", "研发制造", "生产制造", "设计制造", "研发", "制造", "生产", "设计", "加工", "供应", "销售",
              "产品", "系统", "领域", "行业", "环节", "类", "等")

# Spellings of the same thing, folded to one before matching (摄像头 and 相机 are both cameras).
EQUIVALENT_WORDS = (("摄像头", "相机"), ("摄像机", "相机"), ("马达", "电机"), ("扭矩", "力矩"))
