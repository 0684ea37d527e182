import type { SupplierCategory } from '../suppliers/index.ts';

/** The simulated suppliers: each an airline, hotel group, railway agent or car platform of its own. */
export interface SimulatedSupplier {
  code: string;
  name: { 'zh-CN': string; en: string };
  categories: readonly SupplierCategory[];
}

export const SIMULATED_SUPPLIERS: readonly SimulatedSupplier[] = [
  { code: 'sim-ca', name: { 'zh-CN': '中国国际航空（模拟）', en: 'Air China (simulated)' }, categories: ['flight'] },
  { code: 'sim-mu', name: { 'zh-CN': '中国东方航空（模拟）', en: 'China Eastern Airlines (simulated)' }, categories: ['flight'] },
  { code: 'sim-cz', name: { 'zh-CN': '中国南方航空（模拟）', en: 'China Southern Airlines (simulated)' }, categories: ['flight'] },
  { code: 'sim-hu', name: { 'zh-CN': '海南航空（模拟）', en: 'Hainan Airlines (simulated)' }, categories: ['flight'] },
  { code: 'sim-3u', name: { 'zh-CN': '四川航空（模拟）', en: 'Sichuan Airlines (simulated)' }, categories: ['flight'] },
  { code: 'sim-mf', name: { 'zh-CN': '厦门航空（模拟）', en: 'Xiamen Airlines (simulated)' }, categories: ['flight'] },
  { code: 'sim-rail', name: { 'zh-CN': '铁路票务代理（模拟 12306）', en: 'Rail ticket agent (simulated 12306)' }, categories: ['train'] },
  { code: 'sim-jinjiang', name: { 'zh-CN': '锦江酒店集团（模拟）', en: 'Jin Jiang Hotels (simulated)' }, categories: ['hotel'] },
  { code: 'sim-huazhu', name: { 'zh-CN': '华住集团（模拟）', en: 'H World Group (simulated)' }, categories: ['hotel'] },
  { code: 'sim-btg', name: { 'zh-CN': '首旅如家（模拟）', en: 'BTG Homeinns (simulated)' }, categories: ['hotel'] },
  { code: 'sim-atour', name: { 'zh-CN': '亚朵集团（模拟）', en: 'Atour Group (simulated)' }, categories: ['hotel'] },
  { code: 'sim-marriott', name: { 'zh-CN': '万豪国际（模拟）', en: 'Marriott International (simulated)' }, categories: ['hotel'] },
  { code: 'sim-hilton', name: { 'zh-CN': '希尔顿集团（模拟）', en: 'Hilton (simulated)' }, categories: ['hotel'] },
  { code: 'sim-car', name: { 'zh-CN': '企业用车平台（模拟）', en: 'Corporate car service (simulated)' }, categories: ['car'] },
];

export const isSimulatedSupplier = (code: string): boolean => SIMULATED_SUPPLIERS.some((s) => s.code === code);
