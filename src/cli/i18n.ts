/** Message language for the CLI: Chinese by default, English with --lang en. */
export type Lang = "zh" | "en";

export function pick(lang: Lang, zh: string, en: string | undefined): string {
  return lang === "en" && en ? en : zh;
}
