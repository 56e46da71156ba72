import {
  AlignmentType,
  BorderStyle,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type IBorderOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';

/** Twips (1/20 pt) per millimetre: every length in WordprocessingML is in twips. */
export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

/** Font sizes in docx are half-points. */
export function fontSize(points: number): number {
  return points * 2;
}

/** Spacing before/after and line heights are twips. */
export function ptToTwips(points: number): number {
  return points * 20;
}

/** Decree 30, Annex I: A4 portrait; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const page = {
  width: 11906, // 210 mm, as Word writes A4
  height: 16838, // 297 mm
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  /** Distance from the top edge to the page number, inside the 20 mm top margin. */
  header: mm(10),
} as const;

/** 165 mm: every full-width table sums its columns to exactly this, so Word and LibreOffice agree. */
export const TEXT_WIDTH = page.width - page.marginLeft - page.marginRight;

export const FONT = 'Times New Roman';

/** A thin solid line, used for rules and table borders alike. */
export const SOLID_LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
export const NO_LINE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * Document defaults: Times New Roman 14 pt, Vietnamese, no paragraph spacing. Every building block
 * states its own spacing, so a document never inherits Word's "Normal" 8 pt/1.08 by accident.
 */
export const officialStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: fontSize(14), color: '000000', language: { value: 'vi-VN' } },
      // lineRule must be explicit: without it LibreOffice reads 240 as an exact 12 pt line and
      // overlaps 13–14 pt text, while Word reads it as single spacing.
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
  },
};

/** Decree 30: page numbers top centre, 13–14 pt, none on the first page. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: fontSize(13) })],
      }),
    ],
  });
}

/**
 * One section with the official page. `titlePage` gives page 1 its own header, left empty, so the
 * number appears from page 2 on.
 */
export function officialSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: page.marginTop,
          bottom: page.marginBottom,
          left: page.marginLeft,
          right: page.marginRight,
          header: page.header,
          footer: page.header,
        },
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    children,
  };
}
