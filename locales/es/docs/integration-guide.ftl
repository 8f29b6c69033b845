### Guía de integración para proveedores de alojamiento y grandes integradores.

title = Guía de integración
description = Consejos para proveedores de alojamiento y grandes integradores que gestionan certificados de { -brand } para muchos clientes.

intro = Esta guía está dirigida a los proveedores de alojamiento y a los grandes integradores que solicitan certificados en nombre de muchos clientes.

one-account-heading = ¿Una cuenta o varias?
one-account-body = Una sola cuenta ACME puede gestionar los certificados de un número ilimitado de dominios y clientes. Recomendamos a los grandes integradores usar una sola cuenta para todos sus clientes, o unas pocas, en lugar de una por cliente: es más fácil de gestionar y evita alcanzar los límites de registro de cuentas.
one-account-limits = Conserve las credenciales de la cuenta entre despliegues: una cuenta que se vuelve a crear en cada despliegue cuenta como un registro nuevo.
