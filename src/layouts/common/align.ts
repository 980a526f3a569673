/** A bare number such as a 分值 or 得分: "20", "9.8", "0.00" */
export const BARE_NUMBER = /^\d{1,3}(\.\d+)?$/;
