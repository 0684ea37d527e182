/**
 * The platforms' own published examples, copied value for value. Each is the only kind of check
 * that proves the algorithm rather than the implementation's agreement with itself.
 */

/**
 * WeCom (企业微信): the official callback sample, sbzhu/weworkapi_python callback/Sample.py
 * (commit 27220fbe9d5251d46101e33751568eae9f413666; the same values are in the C++, Java, PHP and
 * Go samples of the weworkapi family).
 */
export const WECOM = {
  token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
  encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
  corpId: 'ww1436e0e65a779aee',
  /** 使用示例一: verifying the callback URL (GET). */
  verifyUrl: {
    msgSignature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
    timestamp: '1476416373',
    nonce: '47744683',
    echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
  },
  /** 使用示例二: a user's message (POST). */
  message: {
    msgSignature: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
    timestamp: '1476422779',
    nonce: '1597212914',
    body: '<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>\n<Encrypt><![CDATA[Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+]]></Encrypt>\n<AgentID><![CDATA[1000002]]></AgentID>\n</xml>',
    encrypt:
      'Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+',
    /** 使用示例三's sRespData is the text of this message. */
    plaintext:
      '<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName><CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content><MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>',
  },
} as const;

/**
 * DingTalk (钉钉): the local debugging example of the callback documentation (回调接口本地调试方案,
 * "具体构造参数示例"), ddtalk/dingTalkDoc source/includes/_isvguide.md (commit
 * 01734f85e861cd645d35441e5f0f14b6d1fef9a9), the open platform's documentation repository.
 * suite4xxxxxxxxxxxxxxx is the documented default suite key while a suite is being created.
 */
export const DINGTALK = {
  token: '123456',
  aesKey: '4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij',
  ownerKey: 'suite4xxxxxxxxxxxxxxx',
  signature: '5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0',
  timestamp: '1445827045067',
  nonce: 'nEXhMP4r',
  encrypt:
    '1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==',
  /** What it decrypts to, as the documentation's check_create_suite_url event describes. */
  plaintext: '{"EventType":"check_create_suite_url","Random":"LPIdSnlF","TestSuiteKey":"suite4xxxxxxxxxxxxxxx"}',
} as const;

/**
 * DingTalk robots (机器人接收消息): the documentation shows the headers of a callback with the
 * timestamp 1577262236757 and checks them in Python with the app secret 'this is a secret'. It
 * publishes no resulting sign, so the tests compute it with WebCrypto (an implementation
 * independent of node:crypto's createHmac) from these documented inputs.
 */
export const DINGTALK_ROBOT_DOC_INPUTS = { timestamp: '1577262236757', appSecret: 'this is a secret' } as const;

/** Feishu (飞书) / Lark: the encrypt examples. */
export const FEISHU = {
  /**
   * The event-subscription guide's decryption example (Encrypt Key 加密配置案例), kept in the
   * official Python SDK: larksuite/oapi-sdk-python src/larksuiteoapi/utils/decrypt.py (commit
   * 4274991a0c112f5b8e5d99d798e3bcd5b2b748e3).
   */
  helloWorld: { encryptKey: 'test key', encrypt: 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=', plaintext: 'hello world' },
  /**
   * The official Java SDK's decryptor test: larksuite/oapi-sdk-java
   * larksuite-oapi/src/test/java/com/lark/oapi/core/utils/TestDecryptor.java (commit
   * d5c1b15533ba51c538f31d3589f0432ecc8b98b5), a schema 2.0 event.
   */
  userCreated: {
    encryptKey: '1212121212',
    encrypt:
      '4T4ivT/PR2APX9OYkhRKtu54s1rtIpj9xJU69Hs1yWQ/1RutbufsBs9xjx5YC3u/0hMRF49sN0kevQiEL8iB3bVEdpfyJXzXGDfKUjvKQTmG64GbMdTW6qRpadVPem3f32jHuT6fc+4TRg4BigwoUId+l/D+vcIwu3mDgAEbaqzWfmvccmpiRMfQbh9JhdK/akmrRjo/CXPLM+hZciFXJMSpKueV3SjZJoSls5y0ZTHC8zak/Mp/DSl1wa4mYe5laP367Lnl4ylGiXBKx3Ku29oWv79rYcO/5QT63H4rkl8bwYmAzScpb2KNnV11L3xiDzJp3hFdfXczUvm93FXu4Lw8eDAsRzIWCccKrqHh0UvtDJD95tNn6LvYew4+Xbk1RD4k7UzWJS9AMobOK778NLNxfQ+Kn7MKzBHilXnSIVY5V+dcsOOdfqJviW4yWmT73JHYKq1qJip7Cw7lbkmRMUmettUwdVFWxeXH6iTex3YXCgqoriCx/MzeQhdNEycipooB/vHItRt1CF44uFWj9tf8n3TdbdH4dNMD0hw8ejHJSbEHb9HAGCugUniN8BzL9wxE959JU4cu3BKjDuIk5oS9hLR1mSc3vKBuSa3VKOE=',
    plaintext:
      '{"schema":"2.0","header":{"event_id":"f7984f25108f8137722bb63cee927e66","event_type":"contact.user.created_v3","app_id":"cli_xxxxxxxx","tenant_key":"xxxxxxx","create_time":"1603977298000000","token":"v"},"event":{"object":{"open_id":"ou_7dab8a3d3cdcc9da365777c7ad535d62","union_id":"on_576833b917gda3d939b9a3c2d53e72c8","user_id":"e33ggbyz","name":"张三","employee_no":"employee_no"}},"challenge":"1212","type":"url_verification1"}',
  },
  /**
   * An encrypted url_verification from the official Node SDK's challenge test: larksuite/node-sdk
   * adaptor/services/__tests__/challenge.ts (commit f54b49f3566c52b54c598194b7ed3015e3e24224). The
   * Verification Token is the one inside the payload.
   */
  challenge: {
    encryptKey: 'mazhe.nerd',
    encrypt:
      'tT1xP+ovuc0T3b/rnZX3ax76exqAn0ANQ6/U45GcciC0mgNBc8JtvqOJGNAPMKpgRs2dVU1NYk9VDeqS8T4SYtU0hzNU54aS84WnxvZ3VFfDcy/RyABlNqlUiGyLDzFI0yxdCMT4KR/YEQXlt6nZi50KwRlZ+A75r645KesZuLMljezYyY8VeeXEVjPw35+e',
    challenge: '5634b122-c042-4634-bc7f-b07a3c3e77ad',
    verificationToken: 'iRdCP2WwXNBXRM3mGLqhrgch3cn0gbT6',
  },
} as const;
