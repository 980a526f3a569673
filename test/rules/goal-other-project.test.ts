import { ruleTester } from "../helpers/rule-tester.js";
import { doc, lineOf, type FormParts } from "../fixtures/copied-text/snippet.js";

// invented: three projects of one culture bureau; the museum project's goal keeps one clause of the library project
const library: FormParts = {
  name: "公共图书馆免费开放经费",
  goal: "保障公共图书馆全年免费开放，新增馆藏图书5000册",
  rows: ["\t产出指标\t数量指标\t新增馆藏图书册数\t≥5000册\t≥5000册\t5200册\t20\t20", "\t效益指标\t社会效益指标\t图书外借人次\t≥3万人次\t≥3万人次\t3.2万人次\t20\t20"],
};
const heritage: FormParts = {
  name: "非物质文化遗产传承保护经费",
  goal: "组织传承人开展传习活动12场，完成项目普查建档",
  rows: ["\t产出指标\t数量指标\t传习活动场次\t≥12场\t≥12场\t12场\t20\t20", "\t产出指标\t质量指标\t普查建档完成率\t=100%\t=100%\t100%\t20\t20"],
};
const museum = (goal: string): FormParts => ({
  name: "县博物馆陈列提升项目",
  goal,
  rows: ["\t产出指标\t数量指标\t更新陈列展柜数\t≥20个\t≥20个\t20个\t20\t20", "\t效益指标\t社会效益指标\t博物馆年接待观众人次\t≥5万人次\t≥5万人次\t5.3万人次\t20\t20"],
});

const carried = doc(library, heritage, museum("更新基本陈列展柜20个，新增馆藏图书5000册，提升观众参观体验"));

ruleTester.run("goal-other-project", {
  valid: [
    { name: "a goal about its own project only", text: doc(library, heritage, museum("更新基本陈列展柜20个，提升观众参观体验")) },
    // one word of another project ("图书" alone) is not a clause carried over
    { name: "a single shared word is not another project's clause", text: doc(library, heritage, museum("更新展柜20个，增设图书角，提升观众参观体验")) },
    // the clause also names this project's own indicators as much as the other's: not foreign
    { name: "a clause about this project that borrows a word of another", text: doc(library, heritage, museum("博物馆年接待观众5万人次，陈列展柜更新20个")) },
    // two short words the library project uses (馆藏, 图书), apart: fewer than three of its pairs, no term of it
    { name: "scattered short words of another project are no carried clause", text: doc(library, heritage, museum("展柜更新20个，馆藏文物与图书资料同步整理")) },
    { name: "one form alone is never judged", text: doc(museum("新增馆藏图书5000册")) },
    {
      name: "invented (issue 9): a clause listing the work of two other projects (图书馆免费开放, 非遗传承保护) is what an umbrella project coordinates, not one project's clause carried over",
      text: doc(library, heritage, museum("更新基本陈列展柜20个，统筹公共图书馆免费开放、非物质文化遗产传承保护等措施")),
    },
  ],
  invalid: [
    {
      name: "the museum goal keeps the library project's clause",
      text: carried,
      errors: [
        {
          messageId: "clause",
          line: lineOf(carried, "更新基本陈列展柜20个"),
          field: "goals.annual",
          severity: "warning",
          evidence: "新增馆藏图书5000册",
          data: { otherProject: "公共图书馆免费开放经费", project: "县博物馆陈列提升项目" },
        },
      ],
    },
  ],
});
