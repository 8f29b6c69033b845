### Guia de integração para provedores de hospedagem e grandes integradores.

title = Guia de integração
description = Recomendações para provedores de hospedagem e grandes integradores que gerenciam certificados do { -brand } para muitos clientes.

intro = Este guia é destinado a provedores de hospedagem e grandes integradores que solicitam certificados em nome de muitos clientes.

one-account-heading = Uma conta ou várias?
one-account-body = Uma única conta ACME pode gerenciar os certificados de um número ilimitado de domínios e clientes. Recomendamos que grandes integradores usem uma conta para todos os seus clientes, ou apenas algumas contas, em vez de uma conta por cliente: é mais simples de gerenciar e evita atingir os limites de registro de contas.
one-account-limits = Guarde as credenciais da conta entre uma implantação e outra: uma conta recriada a cada implantação é contabilizada como um novo registro.
