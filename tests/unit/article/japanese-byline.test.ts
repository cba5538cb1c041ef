/** Japanese byline labels (issue 11): 文＝, 取材・文／, 執筆：, 記者：, 文●, several names in one line. Made-up names. */
import { describe, expect, it } from 'vitest';
import { readJapaneseByline } from '../../../src/core/article/read-japanese-byline';
import { readCreditLine } from '../../../src/core/article/read-credit-line';

const names = (line: string) => readJapaneseByline(line)?.map((p) => `${p.name}/${p.role}`);

describe('readJapaneseByline', () => {
  it('reads the labels and separators Japanese pages print', () => {
    expect(names('文＝岡本 悠')).toEqual(['岡本 悠/author']);
    expect(names('取材・文／西川まどか')).toEqual(['西川まどか/author']);
    expect(names('記者：原田 翔')).toEqual(['原田 翔/reporter']);
    expect(names('文●スズキ・ハルカ')).toEqual(['スズキ・ハルカ/author']);
    expect(names('（執筆：Lena Hartmann）')).toEqual(['Lena Hartmann/author']);
  });

  it('reads a writer and a photographer in one line', () => {
    expect(names('文：松井 理沙　写真：小島 航')).toEqual(['松井 理沙/author', '小島 航/photographer']);
  });

  it('leaves sentences and non-names alone', () => {
    expect(names('この文は記者会見の内容をまとめたものです。')).toBeUndefined();
    expect(names('文：編集部だより、毎週金曜日に配信しています')).toBeUndefined();
    expect(names('写真：https://img.example/a.jpg')).toBeUndefined();
  });

  it('is used by readCreditLine when the Chinese labels find nobody', () => {
    const line = readCreditLine('文＝岡本 悠');
    expect(line.kind).toBe('byline');
    expect(line.isBodyText).toBe(false);
    expect(readCreditLine('记者 王大玲').people.map((p) => p.name)).toEqual(['王大玲']);
  });
});
