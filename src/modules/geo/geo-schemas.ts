import { Type } from '@sinclair/typebox';
import { CITY_TIERS } from './types.ts';

/** TypeBox schemas of the geo routes (the City view of types.ts, as the API sends it). */

export const CityTierSchema = Type.Union(
  CITY_TIERS.map((t) => Type.Literal(t)),
  { description: '城市等级: tier1 一线, new_tier1 新一线, tier2 二线, other 其他 (第一财经 城市商业魅力排行榜)' },
);

const ProvinceSchema = Type.Object({
  code: Type.String({ description: 'Division code of the province: 330000' }),
  zh: Type.String({ description: '浙江' }),
  en: Type.String({ description: 'Zhejiang' }),
});

const AirportSchema = Type.Object({
  iata: Type.String({ description: 'IATA airport code: PEK' }),
  zh: Type.String(),
  en: Type.String(),
  main: Type.Boolean({ description: 'Serves the city itself (its IATA city code); false for other airports in its territory' }),
});

const StationSchema = Type.Object({
  name: Type.String({ description: 'Station name as 12306 writes it: 北京南' }),
  telegraphCode: Type.String({ description: '12306 telegraph code (电报码): VNP' }),
});

export const CitySchema = Type.Object({
  id: Type.String({
    description: "Stable id, lower-case toneless pinyin ('beijing', 'xian'); 'taizhou_zj' where two cities share a pinyin",
  }),
  zh: Type.String({ description: '北京' }),
  zhFull: Type.String({ description: 'Official name: 北京市, 恩施土家族苗族自治州' }),
  en: Type.String({ description: "Beijing, Xi'an, Harbin, Taizhou (Zhejiang)" }),
  pinyin: Type.String({ description: 'bei jing' }),
  divisionCode: Type.String({ description: 'Six-digit division code (国家统计局): 110000' }),
  level: Type.Union([Type.Literal('municipality'), Type.Literal('prefecture'), Type.Literal('county')]),
  province: ProvinceSchema,
  tier: CityTierSchema,
  tierYear: Type.Integer({ description: 'Year of the ranking the tier comes from' }),
  iataCity: Type.Union([Type.String(), Type.Null()], { description: 'IATA city code flights are sold under: BJS, SHA, CTU, SIA, CAN' }),
  airports: Type.Array(AirportSchema),
  stations: Type.Array(StationSchema),
});

export const CityListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 50,
        description: 'Chinese (北, 北京), pinyin (beij), initials (bj), English, or a code (PEK, VNP, 110000); all cities when absent',
      }),
    ),
    tier: Type.Optional(CityTierSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 400, default: 20 })),
  },
  { additionalProperties: false },
);

export const CityIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40, description: 'City id: beijing, taizhou_zj' }) });

export const ResolveQuery = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 100, description: '北京, 北京市, Beijing, BJS, PEK, 110000, 北京南, VNP …' }),
    codes: Type.Optional(
      Type.Union([Type.Literal('air'), Type.Literal('rail')], {
        description: 'Read three letters as IATA codes first (air, the default) or as 12306 telegraph codes first (rail)',
      }),
    ),
  },
  { additionalProperties: false },
);
