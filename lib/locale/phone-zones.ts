// Which time zone a landline prefix belongs to, for countries with several zones. libphonenumber-js tells the country;
// this small table tells the zone from the start of the national number. Mobile ranges (Australia 4, Brazil's are
// geographic, Russia 9, Indonesia 8) carry no zone and are simply not listed. An area split between two zones is
// given the zone of most of its people.
// Sources: NANPA area code maps (nationalnanpa.com, "Area Code Maps"), ANATEL "Códigos Nacionais" (Brazil),
// ACMA Numbering Plan 2015 (Australia), Rossvyaz ABC codes (Russia), IFT Plan Nacional de Numeración (Mexico),
// Kominfo area codes (Indonesia), CNMC (Spain), ANACOM (Portugal), NZ Telecommunications Forum (Chatham 03 305).

/** Prefixes of the national significant number (country code removed) per zone, per country. */
const PREFIXES: Record<string, Record<string, string>> = {
  US: {
    'America/New_York':
      '201 202 203 207 212 215 216 220 223 227 229 234 239 240 248 252 267 272 276 283 301 302 304 305 313 315 321 326 330 332 336 339 347 351 352 380 386 401 404 407 410 412 413 419 423 434 436 440 443 445 448 470 475 478 484 502 508 513 516 517 518 540 551 561 567 570 571 582 585 586 603 606 607 609 610 614 616 617 631 640 646 656 667 678 679 680 681 689 703 704 706 716 717 718 724 727 732 734 740 743 754 757 762 770 771 772 774 781 786 802 803 804 810 813 814 828 835 838 839 843 845 848 850 854 856 857 859 860 862 863 864 865 878 904 906 908 910 912 914 917 919 929 934 937 941 943 947 948 954 959 973 978 980 984 989',
    'America/Indiana/Indianapolis': '260 317 463 574 765 812 930',
    'America/Chicago':
      '205 210 214 217 218 219 224 225 228 251 254 256 262 270 274 281 308 309 312 314 316 318 319 320 325 331 334 337 346 361 364 402 405 409 414 417 430 432 447 464 469 479 501 504 507 512 515 531 534 539 557 563 572 573 580 601 605 608 612 615 618 620 629 630 636 641 651 659 660 662 682 701 708 712 713 715 726 730 731 737 763 769 773 779 785 806 815 816 817 830 832 847 870 872 901 903 913 918 920 931 936 938 940 945 952 956 972 975 979 985',
    'America/Denver': '208 303 307 385 406 435 505 575 719 720 801 915 970 983 986',
    'America/Phoenix': '480 520 602 623 928',
    'America/Los_Angeles':
      '206 209 213 253 279 310 323 341 350 360 369 408 415 424 425 442 458 503 509 510 530 541 559 562 564 619 626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820 831 840 858 909 916 925 949 951 971',
    'America/Anchorage': '907',
    'Pacific/Honolulu': '808',
  },
  CA: {
    'America/Vancouver': '236 250 257 604 672 778',
    'America/Edmonton': '368 403 587 780 825',
    'America/Regina': '306 474 639',
    'America/Winnipeg': '204 431 584',
    'America/Toronto': '226 249 263 289 343 354 365 367 382 416 418 437 438 450 468 514 519 548 579 581 613 647 683 705 742 753 807 819 873 905',
    'America/Halifax': '428 506 782 902',
    'America/St_Johns': '709',
  },
  BR: {
    // DDD codes; the rest of the country (−03:00) is São Paulo time.
    'America/Manaus': '92 97 95 69',
    'America/Cuiaba': '65 66 67',
    'America/Rio_Branco': '68',
    'America/Sao_Paulo': '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 51 53 54 55 61 62 63 64 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 91 93 94 96 98 99',
  },
  AU: {
    // 02 NSW/ACT, 03 VIC/TAS, 07 QLD, 08 89xx NT, 08 8 SA, 08 6/9 WA.
    'Australia/Sydney': '2',
    'Australia/Melbourne': '3',
    'Australia/Brisbane': '7',
    'Australia/Darwin': '889',
    'Australia/Adelaide': '88',
    'Australia/Perth': '86 89',
  },
  RU: {
    'Europe/Moscow': '495 499 812 813 814 815 816 817 818 820 821 831 833 834 835 836 841 843 844 847 855 861 862 863 865 866 867 869 471 472 473 474 475 481 482 483 484 485 486 487 491 492 493 494 496',
    'Europe/Kaliningrad': '401',
    'Europe/Samara': '846 848',
    'Europe/Volgograd': '8442',
    'Europe/Saratov': '845',
    'Europe/Astrakhan': '851',
    'Europe/Ulyanovsk': '842',
    'Asia/Yekaterinburg': '343 342 345 347 349 351 352 353',
    'Asia/Omsk': '381',
    'Asia/Novosibirsk': '383',
    'Asia/Barnaul': '385 388',
    'Asia/Tomsk': '382',
    'Asia/Novokuznetsk': '384',
    'Asia/Krasnoyarsk': '391 390 394',
    'Asia/Irkutsk': '395 301',
    'Asia/Chita': '302',
    'Asia/Yakutsk': '411',
    'Asia/Vladivostok': '421 423 424',
    'Asia/Magadan': '413',
    'Asia/Kamchatka': '415',
  },
  MX: {
    'America/Cancun': '983 984 987 998',
    'America/Tijuana': '646 661 664 665 686',
    'America/Hermosillo': '622 623 631 632 633 637 638 641 642 643 644 645 647 653 662',
    'America/Mazatlan': '311 612 613 615 624 667 668 669 672 673 687 694 695 696 697 698',
    'America/Ciudad_Juarez': '656',
    'America/Mexico_City': '2 3 4 5 7 8 9',
  },
  ID: {
    // Bali, NTB and NTT (36, 37, 38), Sulawesi (4), East/South/North Kalimantan (51, 54, 55) are WITA;
    // Maluku and Papua (9) are WIT; Java, Sumatra and West/Central Kalimantan are WIB.
    'Asia/Makassar': '36 37 38 4 51 54 55',
    'Asia/Jayapura': '9',
    'Asia/Jakarta': '2 3 5 6 7',
  },
  ES: { 'Atlantic/Canary': '822 828 922 928' },
  PT: { 'Atlantic/Azores': '292 295 296' },
  NZ: { 'Pacific/Chatham': '3305' },
};

const TABLE = new Map<string, [prefix: string, zone: string][]>();
for (const [country, zones] of Object.entries(PREFIXES)) {
  const rows: [string, string][] = [];
  for (const [zone, prefixes] of Object.entries(zones)) for (const prefix of prefixes.split(' ')) rows.push([prefix, zone]);
  // Longest prefix first, so 889 (Darwin) wins over 88 (Adelaide).
  rows.sort((a, b) => b[0].length - a[0].length);
  TABLE.set(country, rows);
}

/** The zone a country's national number belongs to, when its prefix tells it. */
export function getZoneOfNumber(country: string, nationalNumber: string): { zone: string; prefix: string } | undefined {
  for (const [prefix, zone] of TABLE.get(country) ?? []) if (nationalNumber.startsWith(prefix)) return { zone, prefix };
  return undefined;
}
