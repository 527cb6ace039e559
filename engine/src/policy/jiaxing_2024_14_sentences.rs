//! Where every sentence of 嘉政发〔2024〕14号 goes in the tool: a rule, a
//! demonstration track, a support, the tool as a whole, a heading, or
//! nowhere because it does not address an enterprise (with the reason).
//! A test splits the source text into sentences and checks that each one is
//! here; a clause stands for the sentence that contains it.

use super::{SentenceMap, SentenceUse as U};
use crate::assessment::RuleId::{self, *};

const fn r(clause: &'static str, rules: &'static [RuleId]) -> SentenceMap {
    SentenceMap {
        clause,
        used: U::Rules(rules),
    }
}

const fn h(clause: &'static str) -> SentenceMap {
    SentenceMap {
        clause,
        used: U::Heading,
    }
}

const fn tool(clause: &'static str, how: &'static str) -> SentenceMap {
    SentenceMap {
        clause,
        used: U::Tool(how),
    }
}

const fn none(clause: &'static str, why: &'static str) -> SentenceMap {
    SentenceMap {
        clause,
        used: U::NotForEnterprises(why),
    }
}

/// The sentences of the text, in its order.
pub(super) const SENTENCES: &[SentenceMap] = &[
    none(
        "为推动全市先进制造业和现代服务业深度融合发展",
        "the plan's purpose",
    ),
    h("一、总体目标"),
    none(
        "坚持以习近平新时代中国特色社会主义思想为指导",
        "the guiding line of the whole plan",
    ),
    none(
        "累计培育国家级服务型制造示范企业20家以上",
        "city-wide counts the government sets itself; no enterprise criterion",
    ),
    r("规上亩均工业增加值达到250万元/亩以上", &[B1, B2, B3]),
    h("二、重点任务"),
    h("(一)实施服务型制造新模式培育工程"),
    r("1.推广数字化“设计+营销”", &[D(1)]),
    r("重点围绕服装箱包、数码产品等行业", &[D(1)]),
    r(
        "鼓励制造业企业成立设计部门或与工业设计机构深化合作",
        &[D(1), F2],
    ),
    r("培育一批省级以上工业设计基地、企业和中心", &[F2, D(1)]),
    r("引导制造业企业利用直播电商平台等大数据资源", &[D(1)]),
    r("每年培育市级数字化“设计+营销”示范企业10家以上", &[D(1)]),
    r("2.推广大规模个性化定制", &[D(2)]),
    r("重点围绕新能源汽车、集成装饰、服装箱包等行业", &[D(2)]),
    r("鼓励企业围绕大规模个性化定制需求搭建产品开发团队", &[D(2)]),
    r("每年培育市级大规模个性化定制示范企业10家以上", &[D(2)]),
    r("3.推广共享制造", &[D(3)]),
    r("重点围绕机械加工、时尚产业、紧固件等产业集群", &[D(3)]),
    r(
        "打造共享设计、共享物流仓储、共享生产制造等典型场景",
        &[D(3)],
    ),
    r("每年培育市级共享制造示范企业(平台)8家以上", &[D(3)]),
    r("4.推广全生命周期管理", &[D(4)]),
    r("重点围绕装备制造、智能光伏、生物医药等产业集群", &[D(4)]),
    r("鼓励有条件的企业拓展废品废件回收利用业务", &[D(4)]),
    r("每年培育市级全生命周期管理示范企业8家以上", &[D(4)]),
    r("5.推广生产性金融", &[D(5)]),
    r(
        "鼓励金融机构创新金融产品,为先进制造业企业提供特色金融服务",
        &[D(5), M2],
    ),
    r("鼓励制造业链主企业建立数字化金融服务平台", &[D(5)]),
    r("每年培育市级生产性金融示范企业5家以上", &[D(5)]),
    h("(二)实施现代服务业赋能工程"),
    r("6.深化软件与工业互联网服务", &[D(6)]),
    r("鼓励软件与工业互联网平台企业积极参与“两化”改造", &[D(6)]),
    r("完善全市“1+N”工业互联网平台体系", &[D(6)]),
    none(
        "加快算力基础设施建设",
        "infrastructure the city builds; no enterprise criterion or support",
    ),
    r("每年创建省级工业互联网平台10家以上", &[D(6)]),
    r("7.推广供应链管理服务", &[D(7)]),
    r(
        "鼓励服务机构通过模式创新,为制造业企业提供高效化、专业化、一体化的供应链管理服务",
        &[D(7)],
    ),
    r("支持第三方物流企业与制造业企业开展外包合作", &[D(7)]),
    r("依托中国(嘉兴)跨境电子商务综合试验区建设", &[D(7), F6]),
    r("每年培育市级供应链管理平台10家以上", &[D(7)]),
    r("8.探索总集成总承包服务", &[D(8)]),
    r("鼓励服务供应商开展从研发设计、生产制造、安装调试", &[D(8)]),
    r(
        "引导服务供应商增强咨询设计、远程运维、项目运营管理等能力",
        &[D(8)],
    ),
    r("发展智能制造系统集成服务和信息技术集成服务", &[D(8)]),
    r("每年培育市级总集成总承包供应商8家以上", &[D(8)]),
    r("9.深化节能环保服务", &[D(9)]),
    r("建立完善节能减排投融资、节能环保产品认证", &[D(9)]),
    r("每年培育市级节能环保服务机构8家以上", &[D(9)]),
    r("10.加强检验检测服务", &[D(10)]),
    r("推动检验检测与新一代信息技术融合发展", &[D(10)]),
    r("健全绿色产品检测、认证技术支撑体系", &[D(10)]),
    r("鼓励检验检测机构国际化发展", &[D(10)]),
    r("每年培育市级检验检测服务机构5家以上", &[D(10)]),
    h("(三)实施两业融合标杆示范工程"),
    r("11.打造两业融合示范区域", &[D(11)]),
    r("充分发挥海宁市国家两业融合发展区域试点优势", &[D(11), L4]),
    r(
        "创建一批产业特征明显、要素资源富集、服务能力强的两业融合发展示范区域",
        &[D(11)],
    ),
    r("12.培育两业融合优质服务商", &[D(12)]),
    r(
        "推进法律、会计、审计、标准、知识产权、品牌运营等商务服务业做优做强",
        &[D(12)],
    ),
    // 总部 and 并购重组 of producer-service leaders: the 二(三)12 track names them.
    r("吸引知名跨国公司、国内龙头企业在市内设立企业总部", &[D(12)]),
    r("13.培育两业融合标杆企业", &[D(13)]),
    r("鼓励有条件的灯塔工厂、未来工厂", &[D(13)]),
    h("三、支持政策"),
    h("(一)加大财政支持"),
    r(
        "对经认定的国家级、省级、市级服务型制造示范企业(平台、项目)",
        &[F1],
    ),
    r(
        "对经认定的国家级、省级、市级工业设计企业(中心、研究院)",
        &[F2],
    ),
    r("鼓励生产性服务业发展,对年主营业务收入首次超过", &[F3, F4]),
    r("从获奖次年开始,对年主营业务收入增速超过15%的企业", &[F5]),
    r("加快跨境电子商务综合试验区数字化转型", &[F6]),
    h("(二)加大税收支持"),
    // The tax supports of 三(二) for these new models: the R&D deduction is
    // the one with a figure; the titles are the tracks that recognise them.
    r(
        "加大对工业设计、供应链管理平台、工业互联网平台等新模式新业态的扶持力度",
        &[T1, F2, D(7), D(6)],
    ),
    r("把制造业数字化、智能化投入纳入税收优惠政策范围", &[T1]),
    r("充分发挥研发费用税前加计扣除政策作用", &[T1]),
    r(
        "对经认定的技术先进型服务企业,减按15%的税率征收企业所得税",
        &[T2],
    ),
    h("(三)加大金融支持"),
    r(
        "鼓励有条件的制造业企业通过债券融资、股权融资、并购重组",
        &[M1],
    ),
    r("优化银企对接机制", &[M2]),
    h("(四)加大土地要素支持"),
    r("满足两业融合建设项目用地需求", &[L1]),
    r("对从制造业企业独立出来的服务型制造子公司", &[L2]),
    r("鼓励高端制造业及相关配套生产性服务业“上楼”", &[L3]),
    r("鼓励两业融合试点区域探索业态复合", &[L4]),
    h("四、保障举措"),
    h("(一)加强组织领导保障"),
    tool(
        "强化顶层设计,由市经信局牵头",
        "市经信局 is shown, marked 推定, for articles that name no bureau",
    ),
    tool(
        "各县(市、区)结合本地发展实际制定具体实施方案",
        "a county's own implementing rules decide: results there are by reference",
    ),
    h("(二)建立统计监测机制"),
    none(
        "开展两业融合发展统计监测研究",
        "the government's statistics work",
    ),
    none(
        "对示范企业、示范载体和示范区域进行动态跟踪",
        "the government's follow-up of titles already granted",
    ),
    h("(三)强化企业服务保障"),
    r("对实施主辅分离后新设立的服务业企业", &[S1]),
    r("对实施主辅分离且不新增企业用地的", &[S2, B1, B2]),
    h("(四)营造良好发展氛围"),
    none(
        "鼓励两业融合企业、行业协会、科研院所",
        "an appeal to form alliances; no support, criterion or contact attached",
    ),
    none("强化宣贯推广工作", "the government's publicity"),
    h("五、其他"),
    tool(
        "本实施方案自2024年5月20日起正式施行",
        "the validity window every date is read against",
    ),
    tool(
        "已有政策与本通知不一致的,或同一事项满足多个奖补政策的",
        "就高不重复: one matter, its highest award once",
    ),
    tool(
        "落实政策所需资金,列入每年财政预算",
        "every cash figure is subject to the annual budget",
    ),
    tool(
        "各县(市)参照执行",
        "the five counties apply the policy by reference",
    ),
];
